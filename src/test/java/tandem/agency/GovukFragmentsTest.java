package tandem.agency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each GOV.UK fragment renders the markup govuk-frontend publishes for its component (the {@code template-*.html}
 * examples in the package the build unpacks), compared with whitespace and attribute order normalised.
 */
class GovukFragmentsTest {

	private static final String NI_HINT = "It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.";

	private final SpringTemplateEngine engine = engine();

	@Test
	void input() throws IOException {
		assertRenders("input :: input(id='test-name', label='National Insurance number', value=null, error=null)",
				Map.of(), "input/template-default.html");
	}

	@Test
	void inputWithHintAndError() throws IOException {
		assertRenders("input :: input(id='with-error-hint', label='National insurance number', value=null, "
				+ "error='Enter a National Insurance number in the correct format', hint=${hint})", Map.of("hint", NI_HINT),
				"input/template-with-error-and-hint.html");
	}

	@Test
	void textareaWithError() throws IOException {
		assertRenders("textarea :: textarea(id='no-ni-reason', label='Why can’t you provide a National Insurance number?', "
				+ "value=null, error='You must provide an explanation')", Map.of(), "textarea/template-with-error-message.html");
	}

	@Test
	void selectWithHintAndError() throws IOException {
		assertRenders("select :: select(id='select-2', label='Label text goes here', items=${items}, selected=null, "
				+ "error='Error message goes here', hint='Hint text goes here')",
				Map.of("items", ordered("1", "GOV.UK frontend option 1", "2", "GOV.UK frontend option 2", "3",
						"GOV.UK frontend option 3")),
				"select/template-with-hint-text-and-error-message.html");
	}

	@Test
	void radiosWithErrorAndAChoice() throws IOException {
		assertRenders("radios :: radios(id='example', legend='Have you changed your name?', items=${items}, selected='no', "
				+ "error='Please select an option')", Map.of("items", ordered("yes", "Yes", "no", "No")),
				"radios/template-with-fieldset-and-error-message.html");
	}

	@Test
	void radiosWithHint() throws IOException {
		assertRenders("radios :: radios(id='example-with-hint', legend='Have you changed your name?', items=${items}, "
				+ "selected=null, error=null, hint='This includes changing your last name or spelling your name differently.')",
				Map.of("items", ordered("yes", "Yes", "no", "No")), "radios/template-with-hint.html");
	}

	@Test
	void checkboxesWithHint() throws IOException {
		assertRenders("checkboxes :: checkboxes(id='nationality', legend='What is your nationality?', items=${items}, "
				+ "selected=null, error=null, hint='Select all that apply')",
				Map.of("items", ordered("british", "British", "irish", "Irish", "other", "Citizen of another country")),
				"checkboxes/template-with-hint.html");
	}

	@Test
	void errorSummary() throws IOException {
		assertRenders("error-summary :: errorSummary(errors=${errors}, description=null)",
				Map.of("errors", ordered("example-error-1", "The date your passport was issued must be in the past",
						"example-error-2", "Enter a postcode, like AA1 1AA")),
				"error-summary/template-default.html");
	}

	@Test
	void errorSummaryWithADescriptionOnly() throws IOException {
		assertRenders("error-summary :: errorSummary(errors=null, description=${description})",
				Map.of("description", "The file couldn't be loaded. Try again later."),
				"error-summary/template-with-description-only.html");
	}

	@Test
	void summaryListRows() throws IOException {
		String rendered = render("summary-list-row :: summaryListRow(key='Date of birth', value='13/08/1980')", Map.of());
		assertThat(rendered).isEqualTo(row(reference("summary-list/template-default.html"), "Date of birth"));
		String withAction = render("summary-list-row :: summaryListRow(key='Date of birth', value='13/08/1980', actionHref='#')",
				Map.of());
		assertThat(withAction).isEqualTo(row(reference("summary-list/template-with-actions.html"), "Date of birth"));
	}

	@Test
	void button() throws IOException {
		assertRenders("button :: button(text='Save and continue')", Map.of(), "button/template-default.html");
	}

	@Test
	void notificationBanners() throws IOException {
		assertRenders("notification-banner :: notificationBanner(heading='Email sent to example@email.com', type='success')",
				Map.of(), "notification-banner/template-with-type-as-success.html");
		assertRenders("notification-banner :: notificationBanner(heading='This publication was withdrawn on 7 March 2014.', type=null)",
				Map.of(), "notification-banner/template-default.html");
	}

	@Test
	void theComparisonNoticesADifference() throws IOException {
		String rendered = render("input :: input(id='test-name', label='National Insurance number', value=null, error='Wrong')",
				Map.of());
		assertThat(rendered).isNotEqualTo(reference("input/template-default.html"));
	}

	private void assertRenders(String fragment, Map<String, Object> variables, String referenceFile) throws IOException {
		assertThat(render(fragment, variables)).isEqualTo(reference(referenceFile));
	}

	private String render(String fragment, Map<String, Object> variables) {
		Context context = new Context(Locale.UK, variables);
		String host = "<div th:replace=\"~{fragments/govuk/" + fragment + "}\"></div>";
		return normalise(this.engine.process(host, context));
	}

	private static String reference(String file) throws IOException {
		return normalise(Files.readString(components().resolve(file), StandardCharsets.UTF_8));
	}

	/** The components directory of the govuk-frontend package that the build unpacks into target/. */
	private static Path components() throws IOException {
		Path webjar = Path.of("target/govuk-frontend/META-INF/resources/webjars/govuk-frontend");
		try (Stream<Path> versions = Files.list(webjar)) {
			return versions.findFirst().orElseThrow().resolve("dist/govuk/components");
		}
	}

	private static String row(String list, String key) {
		Matcher row = Pattern.compile("<div class=\"govuk-summary-list__row[^\"]*\"><dt class=\"govuk-summary-list__key\">"
				+ Pattern.quote(key) + "</dt>.*?</div>").matcher(list);
		assertThat(row.find()).as("row " + key + " in the reference").isTrue();
		return row.group();
	}

	/** Whitespace between and around tags collapsed, attributes sorted, boolean attributes in their short form. */
	static String normalise(String html) {
		String collapsed = html.replaceAll("\\s+", " ").replaceAll(">\\s+", ">").replaceAll("\\s+<", "<").trim();
		Matcher tag = Pattern.compile("<([a-z0-9]+)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*/?>").matcher(collapsed);
		StringBuilder out = new StringBuilder();
		while (tag.find()) {
			tag.appendReplacement(out, Matcher.quoteReplacement("<" + tag.group(1) + attributes(tag.group(2)) + ">"));
		}
		tag.appendTail(out);
		return out.toString();
	}

	private static String attributes(String attributes) {
		Matcher attribute = Pattern.compile("([^\\s=]+)(?:=\"([^\"]*)\")?").matcher(attributes);
		List<String> sorted = new ArrayList<>();
		while (attribute.find()) {
			String name = attribute.group(1);
			String value = attribute.group(2);
			sorted.add(value == null || value.equals(name) ? name : name + "=\"" + value + "\"");
		}
		sorted.sort(null);
		return sorted.isEmpty() ? "" : " " + String.join(" ", sorted);
	}

	private static Map<String, String> ordered(String... valuesAndLabels) {
		Map<String, String> items = new LinkedHashMap<>();
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			items.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
		}
		return items;
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver strings = new StringTemplateResolver();
		strings.setOrder(2);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(strings);
		return engine;
	}

}
