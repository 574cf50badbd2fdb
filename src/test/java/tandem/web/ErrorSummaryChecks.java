package tandem.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What GOV.UK asks of a form page with errors, checked the same way on every such page: the title starts "Error: ",
 * the error summary links each message to its field, and the field (or its fieldset, for radios and checkboxes)
 * carries the same message and points to it.
 */
public final class ErrorSummaryChecks {

	private ErrorSummaryChecks() {
	}

	/** The summary is shown and the title says there is an error. */
	public static Locator assertErrorSummary(Page page) {
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		Locator summary = page.locator(".govuk-error-summary");
		assertThat(summary).containsText("There is a problem");
		return summary;
	}

	/** Like {@link #assertFieldError(Page, String, String)}, with whatever message the summary gives for the field. */
	public static void assertFieldError(Page page, String fieldId) {
		Locator link = assertErrorSummary(page).locator("a[href='#" + fieldId + "']");
		assertThat(link).not().isEmpty();
		assertFieldError(page, fieldId, link.innerText());
	}

	/**
	 * The summary links to {@code #fieldId} with {@code message}, and the field shows the message and is described
	 * by it, so a screen reader hears it on reaching the field.
	 */
	public static void assertFieldError(Page page, String fieldId, String message) {
		Locator link = assertErrorSummary(page).locator("a[href='#" + fieldId + "']");
		assertThat(link).hasText(message);
		assertThat(page.locator("#" + fieldId + "-error")).hasText("Error: " + message);
		Locator field = page.locator("#" + fieldId);
		// Radios and checkboxes are described as a group: the message belongs to their fieldset.
		String type = field.getAttribute("type");
		Locator described = "radio".equals(type) || "checkbox".equals(type)
				? page.locator("fieldset", new Page.LocatorOptions().setHas(field)) : field;
		assertThat(described)
			.hasAttribute("aria-describedby", Pattern.compile("(^|\\s)" + fieldId + "-error(\\s|$)"));
	}

}
