package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.excel.SheetLayout;
import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

/**
 * The secretary imports an XLSX, reads the preview, applies it, finds the new items, exports the roadmap and opens
 * the downloaded workbook: Kazakh headers and the Kazakh name typed in the imported file.
 */
@KenesBrowserTest
class RoadmapImportBrowserTest extends BrowserTestSupport {

	private static final String NEW_ITEM = "Қалалық кітапханаларда «Жас ақын» поэзия кештерін өткізу";

	@Autowired
	RoadmapCatalog catalog;

	private Path workbook() throws IOException {
		RoadmapSummary roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM)
			.orElseThrow();
		SheetLayout layout = new SheetLayout(roadmap.firstYear(), roadmap.lastYear());
		Path file = Files.createTempFile("roadmap-import", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Жол картасы");
			sheet.createRow(0).createCell(0).setCellValue("Шымкент қалалық филиалының Жол картасы");
			Row header = sheet.createRow(SheetLayout.HEADER_ROW);
			List<String> headers = layout.headers(Language.KK);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			row(sheet, 2, "990", NEW_ITEM, "Проведение поэтических вечеров «Жас ақын» в городских библиотеках",
					"Мәдениет, тілдерді дамыту және архивтер басқармасы", "Жыл сайын (2027 жылға дейін)", "Кеш саны",
					"Количество вечеров", 12);
			row(sheet, 3, "991", "Жастар арасында кітап алмасу акциясын ұйымдастыру",
					"Организация акции по обмену книгами среди молодёжи",
					"Ішкі саясат және жастар істері жөніндегі басқарма; «Бәйтерек» жастар ұйымы", "31.12.2025",
					"Акция саны", "Количество акций", 3);
			workbook.write(out);
		}
		return file;
	}

	private static void row(Sheet sheet, int index, String number, String kk, String ru, String executors,
			String deadline, String indicatorKk, String indicatorRu, int planned2025) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(number);
		row.createCell(1).setCellValue(kk);
		row.createCell(2).setCellValue(ru);
		row.createCell(3).setCellValue("Іс-шара");
		row.createCell(4).setCellValue(executors);
		row.createCell(5).setCellValue(deadline);
		row.createCell(6).setCellValue(2_500_000);
		row.createCell(7).setCellValue("Жергілікті бюджет");
		row.createCell(8).setCellValue(1);
		row.createCell(9).setCellValue("Мәдениет");
		row.createCell(10).setCellValue(indicatorKk);
		row.createCell(11).setCellValue(indicatorRu);
		row.createCell(12).setCellValue("іс-шара");
		row.createCell(15).setCellValue(planned2025);
	}

	@Test
	void secretaryImportsPreviewsAppliesAndExports() throws IOException {
		long id = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		Page page = loggedIn("secretary");
		page.navigate(url("/staff/roadmaps/" + id + "?lang=kk"));
		screenshot(page, "roadmap-staff-table-kk");
		page.navigate(url("/staff/roadmaps/" + id + "/import"));
		page.locator("#file").setInputFiles(workbook());
		page.locator("#reason").fill("«Miras» кеңесінің 2024 жылғы ұсыныстары бойынша");
		page.locator("#import-form button[type=submit]").click();
		page.locator(".import-result").waitFor();
		screenshot(page, "roadmap-import-preview");
		assertThat(page.locator(".import-summary").innerText()).contains("Қосылатын іс-шаралар: 2")
			.contains("Өзгеретін іс-шаралар: 0");
		assertThat(page.locator(".import-changes").innerText()).contains("990").contains(NEW_ITEM);

		page.locator("#apply-import").click();
		page.waitForURL("**/staff/roadmaps/" + id);
		assertThat(page.locator("main").innerText()).contains("2 іс-шара қосылды");
		page.navigate(url("/staff/roadmaps/" + id + "?q=990"));
		assertThat(page.locator(".roadmap-table").innerText().replace('\u00a0', ' ')).contains(NEW_ITEM)
			.contains("Кеш саны: 2025 — 12");
		screenshot(page, "roadmap-after-import");

		page.navigate(url("/staff/roadmaps/" + id));
		Download download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook exported = new XSSFWorkbook(in)) {
			Sheet sheet = exported.getSheetAt(0);
			Row header = sheet.getRow(SheetLayout.HEADER_ROW);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Іс-шараның атауы (қазақ тілінде)");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Аяқтау нысаны");
			boolean found = false;
			for (Row row : sheet) {
				if (row.getCell(0) != null && "990".equals(row.getCell(0).getStringCellValue())) {
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo(NEW_ITEM);
					assertThat(row.getCell(4).getStringCellValue()).contains("Мәдениет, тілдерді дамыту");
					found = true;
				}
			}
			assertThat(found).isTrue();
		}

		Page visitor = newPage();
		// the public roadmaps (two regions in the demo): the visitor chooses the city's
		visitor.navigate(url("/roadmap?lang=kk"));
		visitor.locator("a[href$='/roadmap/" + id + "']").first().click();
		assertThat(visitor.locator(".roadmap-table").innerText()).contains("Отбасындағы зорлық-зомбылықтың алдын алу");
		screenshot(visitor, "roadmap-public-kk");
		visitor.navigate(url("/roadmap/" + id + "?lang=ru&direction="
				+ catalog.directionByCode("youth").orElseThrow().getId()));
		screenshot(visitor, "roadmap-public-ru-youth");
		long item = catalog.itemByNumber(id, "1").orElseThrow().id();
		visitor.navigate(url("/roadmap/" + id + "/items/" + item + "?lang=en"));
		assertThat(visitor.locator("main").innerText()).contains("Prevention of domestic violence");
		screenshot(visitor, "roadmap-public-item-en");
	}
}
