package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

/**
 * The administrator keeps a program on a 390 px wide screen: creates it by the form, adds a task; the programs and
 * roadmaps lists fit the screen and every field has a label.
 */
@KenesBrowserTest
class ProgramsBrowserTest extends BrowserTestSupport {

	private static final String NAME = "Браузерде жасалған сынақ бағдарламасы";

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	kz.kenes.organization.OrgUnits units;

	@Test
	void adminCreatesAProgramAndATaskOnANarrowScreen() {
		Page page = loggedIn("admin");
		page.setViewportSize(390, 844);

		page.navigate(url("/staff/programs?lang=kk"));
		fitsAndIsLabelled(page, "staff-programs-390");
		assertThat(page.locator("#programs").textContent()).contains("Өзгерістер жолы").contains("Ауыстырылған");

		page.locator("#new-program").click();
		page.locator("#nameKk").fill(NAME);
		page.locator("#nameRu").fill("Тестовая программа из браузера");
		page.locator("#ownerUnitId").selectOption(String.valueOf(units.findByCode("amanat").orElseThrow().getId()));
		page.locator("#firstYear").fill("2010");
		page.locator("#lastYear").fill("2012");
		page.locator("#state").selectOption("COMPLETED");
		page.locator("#program-form button[type=submit]").click();
		page.waitForURL("**/staff/programs/*");
		assertThat(page.locator("h1").textContent()).isEqualTo(NAME);

		page.locator("#nt-kk").fill("Сынақ міндеті");
		page.locator("#nt-ru").fill("Тестовая задача");
		page.locator("#add-task button[type=submit]").click();
		page.waitForSelector("#tasks li");
		fitsAndIsLabelled(page, "staff-program-390");
		Program program = catalog.programs().stream().filter(p -> p.name().kk().equals(NAME)).findFirst()
			.orElseThrow();
		assertThat(program.getState()).isEqualTo(ProgramState.COMPLETED);
		assertThat(catalog.tasks(program.getId())).singleElement()
			.satisfies(t -> assertThat(t.name().ru()).isEqualTo("Тестовая задача"));

		page.navigate(url("/staff/roadmaps?lang=kk"));
		fitsAndIsLabelled(page, "staff-roadmaps-390");
		assertThat(page.locator("#new-roadmap").isVisible()).isTrue();
	}

	private static void fitsAndIsLabelled(Page page, String screenshot) {
		int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(width).as(page.url()).isLessThanOrEqualTo(390);
		int unlabelled = ((Number) page.evaluate("""
				[...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
				  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).length""")).intValue();
		assertThat(unlabelled).as(page.url()).isZero();
		assertThat(page.locator("main h1").count()).isEqualTo(1);
		screenshot(page, screenshot);
	}
}
