package kz.kenes.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

@KenesBrowserTest
class UserAdminBrowserTest extends BrowserTestSupport {

	@Test
	void adminCreatesAUserAfterAPasswordPolicyErrorAndFindsItInTheAuditTrail() {
		Page page = loggedIn("admin");
		page.locator("nav.staff-nav").getByText("Пайдаланушылар").click();
		assertThat(page.locator("h1")).hasText("Пайдаланушылар");
		page.locator("#username").fill("aliya");
		page.locator("#displayName").fill("Әлия Серікқызы");
		page.locator("#password").fill("short");
		page.locator("#role").selectOption("REPORTER");
		page.locator("#orgUnitId").selectOption(new SelectOption().setLabel("Ішкі саясат және жастар істері жөніндегі басқарма"));
		page.locator("form[action$='/staff/admin/users'] button[type=submit]").click();
		assertThat(page.locator(".invalid-feedback").first()).hasText("Құпиясөз кемінде 10 таңбадан тұруы керек.");
		screenshot(page, "admin-users-password-error");

		page.locator("#password").fill("a-long-enough-password");
		page.locator("form[action$='/staff/admin/users'] button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Әлия Серікқызы");
		assertThat(page.locator("main table")).containsText("Ішкі саясат және жастар істері жөніндегі басқарма");
		screenshot(page, "admin-user");

		page.locator("nav.staff-nav").getByText("Өзгерістер журналы").click();
		page.locator("#entityType").selectOption("User");
		page.locator("form[action$='/staff/admin/audit'] button[type=submit]").click();
		assertThat(page.locator("table.audit tbody tr").first()).containsText("aliya");
		screenshot(page, "admin-audit");
	}
}
