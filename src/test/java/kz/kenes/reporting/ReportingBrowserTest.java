package kz.kenes.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

/**
 * The whole reporting loop in a browser: the youth department logs a campaign under item 14 and submits its
 * "2024, 10 months" report; the secretary returns it with a comment; the department fixes it and resubmits; the
 * secretary accepts; the staff dashboard and the public progress page then count the campaign.
 */
@KenesBrowserTest
class ReportingBrowserTest extends BrowserTestSupport {

	@Autowired
	RoadmapCatalog catalog;

	/** The build machine is shared: allow slow pages rather than fail on load. */
	private static Page patient(Page page) {
		page.setDefaultTimeout(90_000);
		page.setDefaultNavigationTimeout(90_000);
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		return page;
	}

	@Test
	void reportIsLoggedSubmittedReturnedResubmittedAcceptedAndCounted() throws Exception {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		long item = catalog.itemByNumber(roadmap, "14").orElseThrow().id();
		String progress = "/progress?year=2024&period=m10&by=item&roadmap=" + roadmap;
		String dashboard = "/staff/dashboard?year=2024&period=m10&by=item&roadmap=" + roadmap;

		Page citizen = patient(newPage());
		citizen.navigate(url(progress));
		Locator publicRow = citizen.locator("#rollup-table tbody tr", new Page.LocatorOptions().setHasText("14. "));
		assertThat(publicRow).containsText("30 / 0");

		// The youth department logs a campaign held in October 2024 and reports 10 months.
		Page youth = patient(loggedIn("youth"));
		youth.navigate(url("/staff/reporting/items/" + item + "?year=2024"));
		youth.locator("summary", new Page.LocatorOptions().setHasText("Іс-шараны тіркеу")).click();
		youth.locator("#a-date").fill("2024-10-05");
		youth.locator("#a-people").fill("120");
		youth.locator("#a-aud").selectOption("YOUTH");
		youth.locator("#a-title-kk").fill("Нашақорлыққа қарсы «Таза өмір» акциясы");
		youth.locator("#a-title-ru").fill("Акция «Чистая жизнь» против наркомании");
		youth.locator("#a-venue").fill("Абай ауданы");
		youth.locator("#activity-form button[type=submit]").click();
		assertThat(youth.locator(".alert-success")).hasText("Сақталды.");
		assertThat(youth.locator("#activities-table")).containsText("«Таза өмір»");
		screenshot(youth, "reporting-1-activity-logged");

		youth.locator("#r-year").fill("2024");
		youth.locator("#r-from").selectOption("1");
		youth.locator("#r-to").selectOption("10");
		youth.locator("form[action$='/reports'] button[type=submit]").click();
		assertThat(youth.locator("h1")).hasText("Есеп: 2024 жылдың 10 айы");
		Locator actual = youth.locator("input[id^=actual-]").first();
		assertThat(actual).hasValue("1");
		youth.locator("#narrativeKk").fill("Қазан айында «Таза өмір» акциясы өткізілді.");
		youth.locator("#submit").click();
		assertThat(youth.locator(".badge").first()).hasText("Тапсырылды");
		screenshot(youth, "reporting-2-submitted");

		// The secretary returns it with a comment.
		Page secretary = patient(loggedIn("secretary"));
		secretary.navigate(url("/staff/reporting/review?year=2024"));
		screenshot(secretary, "reporting-3-review-desk");
		secretary.locator("#review-queue a", new Page.LocatorOptions().setHasText("Жастар арасында")).click();
		secretary.locator("#comment").fill("Акцияның фотосуретін қосыңыз");
		secretary.locator("#return").click();
		assertThat(secretary.locator(".badge").first()).hasText("Пысықтауға қайтарылды");

		// The department sees why, adds the photo evidence and resubmits.
		youth.reload();
		assertThat(youth.locator("#reviewer-comment")).hasText("Акцияның фотосуретін қосыңыз");
		screenshot(youth, "reporting-4-returned");
		Path photo = Files.createTempDirectory("evidence").resolve("akcia-foto.png");
		Files.write(photo, EvidenceFilesTest.PNG);
		youth.locator("input[type=file]").setInputFiles(photo);
		youth.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
		assertThat(youth.locator("#main")).containsText("akcia-foto.png");
		youth.locator("#narrativeKk").fill("Қазан айында «Таза өмір» акциясы өткізілді, фотосурет қоса берілді.");
		youth.locator("#submit").click();
		assertThat(youth.locator(".badge").first()).hasText("Қайта тапсырылды");

		// The secretary accepts.
		secretary.reload();
		secretary.locator("#accept").click();
		assertThat(secretary.locator(".badge").first()).hasText("Қабылданды");
		assertThat(secretary.locator("#main")).containsText("Қайтарылды");
		screenshot(secretary, "reporting-5-accepted");

		// The numbers change on the staff dashboard and the public page, in every language.
		secretary.navigate(url(dashboard));
		assertThat(secretary.locator("#rollup-table tbody tr", new Page.LocatorOptions().setHasText("14. ")))
			.containsText("30 / 1");
		screenshot(secretary, "reporting-6-dashboard");
		citizen.navigate(url(progress));
		assertThat(publicRow).containsText("30 / 1");
		screenshot(citizen, "reporting-7-public-progress-kk");
		citizen.navigate(url(progress + "&lang=ru"));
		assertThat(citizen.locator("h1")).hasText("Исполнение Дорожной карты");
		assertThat(publicRow).containsText("30 / 1");
		citizen.navigate(url("/progress?year=2023&by=direction&lang=en&roadmap=" + roadmap));
		assertThat(citizen.locator("h1")).hasText("Roadmap progress");
		citizen.waitForFunction("() => document.querySelector('canvas[data-chart-for]') && window.Chart"
				+ " && Chart.getChart(document.querySelector('canvas[data-chart-for]'))");
		screenshot(citizen, "reporting-8-public-progress-2023-en");
	}
}
