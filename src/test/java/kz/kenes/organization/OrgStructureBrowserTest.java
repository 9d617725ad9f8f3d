package kz.kenes.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

@KenesBrowserTest
class OrgStructureBrowserTest extends BrowserTestSupport {

	static final String MIRAS = "Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі";

	@Test
	void secretaryLogsInSwitchesLanguagesAndFindsTheMirasChair() {
		Page page = newPage();
		page.navigate(url("/login"));
		assertThat(page.locator("h1")).hasText("Жүйеге кіру");
		page.getByLabel("Пайдаланушы аты").fill("secretary");
		page.getByLabel("Құпиясөз").fill("kenes-demo");
		page.locator("form[action$='/login'] button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Жұмыс үстелі");

		page.getByText("РУС").click();
		assertThat(page.locator("h1")).hasText("Рабочий стол");
		page.getByText("ENG").click();
		assertThat(page.locator("h1")).hasText("Workspace");
		page.getByText("ҚАЗ").click();
		assertThat(page.locator("h1")).hasText("Жұмыс үстелі");

		page.locator("nav.staff-nav").getByText("Ұйымдық құрылым").click();
		assertThat(page.locator("h1")).hasText("Ұйымдық құрылым");
		screenshot(page, "org-tree");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(MIRAS)).click();
		assertThat(page.locator("h1")).hasText(MIRAS);
		Locator chairRow = page.locator("tr", new Page.LocatorOptions().setHasText("Момбек Әбдіәкімұлы"));
		assertThat(chairRow).hasCount(1);
		assertThat(chairRow.locator("td.post")).containsText("Төраға");
		assertThat(chairRow.locator("td.post .post-title")).hasText(MIRAS.replace("кеңесі", "кеңесінің төрағасы"));
		screenshot(page, "org-miras-council");

		// Appoint through the htmx person picker: typing narrows the choice down.
		page.getByPlaceholder("Аты-жөні бойынша іздеу").fill("Әбен");
		assertThat(page.locator("#personId option")).hasCount(2);
		page.locator("#personId").selectOption(new SelectOption().setLabel("Гүлнар Әбенова"));
		page.locator("#post").selectOption("DEPUTY_CHAIR");
		page.locator("form[action$='/positions'] button[type=submit]").click();
		assertThat(page.locator(".alert-success")).hasText("Өзгерістер сақталды.");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Төрағаның орынбасары")))
			.containsText("Гүлнар Әбенова");

		// Editing in Russian: an emptied name is refused with the reason beside the field, nothing saved.
		page.navigate(page.url() + "/edit?lang=ru");
		page.locator("#nameRu").fill("");
		page.locator("form button[type=submit]").last().click();
		assertThat(page.locator("#nameRu + .invalid-feedback")).hasText("Обязательное поле.");
		screenshot(page, "org-unit-form-error-ru");
		// The choice is remembered in the secretary's profile; other browser tests expect her in Kazakh.
		page.navigate(url("/staff?lang=kk"));
		assertThat(page.locator("h1")).hasText("Жұмыс үстелі");
	}

	@Test
	void citizensSeeTheMirasCouncilWithItsChairInRussian() {
		Page page = newPage();
		page.navigate(url("/org?lang=ru"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("Региональный совет «Miras» по развитию гражданского общества и культуры")).click();
		assertThat(page.locator("dl.leaders")).containsText("Председатель");
		assertThat(page.locator("dl.leaders")).containsText("Момбек Абдиакимулы");
		assertThat(page.locator("ul.members li")).hasCount(3);
		screenshot(page, "org-public-miras-ru");
	}

	@Test
	void aFactionInTheTurkistanMaslikhatFitsA390PixelScreen() {
		Page page = loggedIn("tk-secretary");
		page.setViewportSize(390, 844);
		page.navigate(url("/staff/org"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("«AMANAT» партиясының Түркістан облыстық мәслихатындағы фракциясы")).click();
		assertThat(page.locator("span.badge.kind-FACTION")).hasText("Партия фракциясы");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Гүлмира Тасболатова")).locator(".post-title"))
			.hasText("«AMANAT» партиясының Түркістан облыстық мәслихатындағы фракциясының жетекшісі");
		fitsTheScreen(page);
		screenshot(page, "org-faction-390");
		page.navigate(url("/staff/org"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("«AMANAT» партиясының Түркістан облыстық филиалы"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("XLSX-тен бөлімшелер мен адамдарды жүктеу"))
			.click();
		assertThat(page.locator("h1")).hasText("XLSX-тен бөлімшелер мен адамдарды жүктеу");
		assertThat(page.getByLabel("XLSX файл")).isVisible();
		fitsTheScreen(page);
		screenshot(page, "org-import-390");
	}

	/** Nothing wider than the screen: no sideways scrolling of the page (wide tables scroll inside their box). */
	static void fitsTheScreen(Page page) {
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
	}
}
