package kz.kenes.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import kz.kenes.support.Browser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrgStructureBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void secretaryLogsInSwitchesLanguagesAndFindsTheMirasChair() {
		Page page = browser.newContext().newPage();
		String base = "http://localhost:" + port;
		page.navigate(base + "/login");
		assertThat(page.locator("h1")).hasText("Жүйеге кіру");
		page.getByLabel("Пайдаланушы аты").fill("secretary");
		page.getByLabel("Құпиясөз").fill("kenes-demo");
		page.locator("button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Жұмыс үстелі");

		page.getByText("РУС").click();
		assertThat(page.locator("h1")).hasText("Рабочий стол");
		page.getByText("ENG").click();
		assertThat(page.locator("h1")).hasText("Workspace");
		page.getByText("ҚАЗ").click();
		assertThat(page.locator("h1")).hasText("Жұмыс үстелі");

		page.locator("nav.staff-nav").getByText("Ұйымдық құрылым").click();
		assertThat(page.locator("h1")).hasText("Ұйымдық құрылым");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/org-tree.png"))
			.setFullPage(true));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі")).click();
		assertThat(page.locator("h1")).hasText("Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі");
		Locator chairRow = page.locator("tr", new Page.LocatorOptions().setHasText("Момбек Әбдіәкімұлы"));
		assertThat(chairRow).hasCount(1);
		assertThat(chairRow.locator("td.post")).hasText("Төраға");

		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/org-miras-council.png"))
			.setFullPage(true));
	}
}
