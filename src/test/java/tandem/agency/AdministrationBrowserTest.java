package tandem.agency;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/** Every state of the administration pages, as an administrator meets them. */
class AdministrationBrowserTest extends BrowserTestSupport {

	private AreaFixture area;

	private AgencyRef agency;

	@BeforeEach
	void signInAsAdministratorWithAnAreaToManage() {
		this.area = this.fixtures.area();
		this.agency = this.fixtures.agency(this.area, "council");
		signInOncePerClass(() -> this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "council"),
				Role.ADMINISTRATOR));
	}

	@Test
	void areas() {
		open("/admin");
		assertThat(heading()).hasText("Administration");
		Accessibility.check(this.page, "admin index");

		link("Areas").click();
		assertThat(heading()).hasText("Areas");
		assertThat(this.page.locator("main")).containsText(this.area.code());
		Accessibility.check(this.page, "admin areas list");

		open("/admin/areas/new");
		assertThat(heading()).hasText("Add an area");
		assertThat(this.page.locator(".govuk-error-summary")).hasCount(0);
		Accessibility.check(this.page, "admin area add empty");

		field("Code").fill("Not A Code");
		field("Name").fill("Some name");
		button("Add area").click();
		assertFieldError(this.page, "code");
		assertThat(field("Code")).hasValue("Not A Code");
		assertThat(field("Name")).hasValue("Some name");
		Accessibility.check(this.page, "admin area add with errors");

		String code = Fixtures.unique("area");
		field("Code").fill(code);
		button("Add area").click();
		assertThat(this.page).hasURL(origin() + "/admin/areas");
		assertThat(this.page.locator(".govuk-notification-banner--success")).containsText("Area " + code + " added");
		Accessibility.check(this.page, "admin areas list after adding");

		open("/admin/areas/" + this.area.id());
		assertThat(heading()).hasText("Change area");
		assertThat(field("Name")).hasValue("Test area " + this.area.code());
		Accessibility.check(this.page, "admin area change");

		field("Name").fill("");
		button("Save").click();
		assertFieldError(this.page, "name");
		Accessibility.check(this.page, "admin area change with errors");
	}

	@Test
	void agencies() {
		open("/admin/agencies");
		assertThat(heading()).hasText("Agencies");
		assertThat(this.page.locator("main")).containsText(this.agency.name());
		Accessibility.check(this.page, "admin agencies list");

		button("Add an agency").click();
		assertThat(heading()).hasText("Add an agency");
		Accessibility.check(this.page, "admin agency add empty");

		field("Name").fill("Refuge in the test area");
		button("Add agency").click();
		assertFieldError(this.page, "area", "Select the area the agency works in");
		assertThat(field("Name")).hasValue("Refuge in the test area");
		Accessibility.check(this.page, "admin agency add with errors");

		this.page.locator("input[name=area][value='" + this.area.id() + "']").check();
		field("Code").fill("refuge");
		field("Sector").selectOption(new SelectOption().setLabel("Housing"));
		button("Add agency").click();
		assertThat(this.page).hasURL(origin() + "/admin/agencies");
		assertThat(this.page.locator("main")).containsText(this.area.code() + "-refuge");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change " + this.agency.qualifiedCode()))
			.click();
		assertThat(field("Name")).hasValue(this.agency.name());
		Accessibility.check(this.page, "admin agency change");
	}

	@Test
	void users() {
		Actor colleague = this.fixtures.user(this.agency, Role.CASEWORKER);

		open("/admin/users");
		field("Area").selectOption(this.area.id().toString());
		button("Apply filter").click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile("area=" + this.area.id()));
		Locator rows = this.page.locator("tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(this.page.locator("tbody")).containsText(colleague.name());
		Accessibility.check(this.page, "admin users filtered by area");

		button("Add a user").click();
		assertThat(heading()).hasText("Add a user");
		Accessibility.check(this.page, "admin user add empty");

		field("Username").fill(colleague.name());
		field("Name").fill("Sam Taylor");
		field("Agency").selectOption(this.agency.id().toString());
		this.page.locator("input[name=roles][value=REFERRER]").check();
		field("Initial password").fill("too short");
		button("Add user").click();
		assertFieldError(this.page, "username", "There is already a user with the username " + colleague.name());
		assertFieldError(this.page, "password", "The password must be at least 12 characters");
		assertThat(field("Name")).hasValue("Sam Taylor");
		assertThat(field("Agency")).hasValue(this.agency.id().toString());
		assertThat(this.page.locator("input[name=roles][value=REFERRER]")).isChecked();
		assertThat(field("Initial password")).isEmpty();
		Accessibility.check(this.page, "admin user add with errors");
		this.page.setViewportSize(320, 640);
		assertThat(this.page.evaluate("() => document.documentElement.scrollWidth")).as("page width at 320px")
			.isEqualTo(320);
		Accessibility.check(this.page, "admin user add with errors at 320px");
		this.page.setViewportSize(1280, 720);

		String username = Fixtures.unique("sam");
		field("Username").fill(username);
		field("Initial password").fill(Fixtures.PASSWORD);
		button("Add user").click();
		assertThat(this.page.locator(".govuk-notification-banner--success")).containsText("User added");
		assertThat(heading()).hasText("Sam Taylor");
		assertThat(this.page.locator(".govuk-summary-list")).containsText(username);
		Accessibility.check(this.page, "admin user page");

		this.page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Roles"))
			.getByRole(AriaRole.LINK).click();
		assertThat(field("Name")).hasValue("Sam Taylor");
		Accessibility.check(this.page, "admin user change");
	}

	@Test
	void apiClients() {
		open("/admin/api-clients");
		assertThat(heading()).hasText("API clients");
		Accessibility.check(this.page, "admin api clients list");

		button("Register an API client").click();
		button("Continue").click();
		assertFieldError(this.page, "agency");
		Accessibility.check(this.page, "admin api client agency with errors");

		field("Agency").selectOption(this.agency.id().toString());
		button("Continue").click();
		assertThat(heading()).hasText("Register an API client");
		Accessibility.check(this.page, "admin api client register");

		String clientId = field("Client id").inputValue();
		field("Description").fill("Case management system");
		button("Register and show the secret").click();
		assertThat(heading()).hasText("API client registered");
		assertThat(this.page.locator(".govuk-summary-list")).containsText(clientId);
		assertThat(this.page.locator(".govuk-summary-list code")).not().isEmpty();
		Accessibility.check(this.page, "admin api client secret");

		link("Back to API clients").click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoke " + clientId)).click();
		assertThat(heading()).hasText("Revoke API client " + clientId + "?");
		Accessibility.check(this.page, "admin api client revoke");

		button("Revoke API client").click();
		assertThat(this.page.locator(".govuk-notification-banner--success")).containsText("API client revoked");
		Accessibility.check(this.page, "admin api clients list after revoking");
	}

	@Test
	void auditTrailCheck() {
		open("/admin");
		link("Check the audit trail").click();
		assertThat(heading()).hasText("Audit trail");
		assertThat(this.page.locator(".govuk-notification-banner")).hasCount(0);
		Accessibility.check(this.page, "admin audit before check");

		button("Check the audit trail").click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("The audit trail");
		Accessibility.check(this.page, "admin audit after check");
	}

	private Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator field(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
