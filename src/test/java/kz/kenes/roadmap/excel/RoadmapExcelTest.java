package kz.kenes.roadmap.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnits;
import kz.kenes.roadmap.CompletionForm;
import kz.kenes.roadmap.Deadline;
import kz.kenes.roadmap.ItemDetails;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapItem;
import kz.kenes.roadmap.RoadmapPlanning;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.excel.RoadmapImport.Limits;
import kz.kenes.roadmap.excel.RoadmapImport.Preview;
import kz.kenes.support.KenesTest;

/** Excel round trip and every kind of bad file, against the demo roadmap on PostgreSQL. */
@KenesTest
@WithUserDetails("secretary")
class RoadmapExcelTest {

	@Autowired
	RoadmapExport export;

	@Autowired
	RoadmapImport importer;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	OrgUnits units;

	private RoadmapSummary demo() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
	}

	private byte[] exported(Language language) throws IOException {
		RoadmapSummary roadmap = demo();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.xlsx(roadmap, catalog.allItems(roadmap.id(), ItemFilter.ALL), language, out);
		return out.toByteArray();
	}

	/** The exported demo workbook with a change made to it. */
	private byte[] edited(Consumer<Sheet> edit) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported(Language.KK)))) {
			edit.accept(workbook.getSheetAt(0));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A fingerprint of everything the import could touch. */
	private String state() {
		return jdbc.sql("""
				SELECT md5(string_agg(concat_ws('|', i.id, i.number, i.name_kk, i.name_ru, i.version,
				    (SELECT string_agg(concat_ws(':', ind.id, ind.unit, ind.version, t.year, t.planned, t.original_planned), ','
				                       ORDER BY ind.id, t.year)
				     FROM indicator ind LEFT JOIN indicator_target t ON t.indicator = ind.id
				     WHERE ind.roadmap_item = i.id)), ';' ORDER BY i.id))
				FROM roadmap_item i""").query(String.class).single();
	}

	private Preview preview(byte[] content) {
		return importer.preview(demo().id(), "roadmap.xlsx", content, Language.KK, null);
	}

	@Test
	void exportHasTheGovernmentPlanLayoutInKazakhOrRussian() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported(Language.KK)))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(SheetLayout.HEADER_ROW);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("№");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Іс-шараның атауы (қазақ тілінде)");
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Жауапты орындаушылар");
			assertThat(header.getCell(13).getStringCellValue()).isEqualTo("2023 жылға жоспар");
			assertThat(header.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 4);
			Row first = sheet.getRow(SheetLayout.HEADER_ROW + 1);
			assertThat(first.getCell(1).getStringCellValue()).startsWith("Отбасындағы зорлық-зомбылықтың");
			assertThat(first.getCell(13).getNumericCellValue()).isEqualTo(20.0);
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Жыл сайын (2027 жылға дейін)");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported(Language.EN)))) {
			assertThat(workbook.getSheetAt(0).getRow(SheetLayout.HEADER_ROW).getCell(4).getStringCellValue())
				.isEqualTo("Ответственные исполнители");
		}
	}

	@Test
	void csvHasTheSameColumns() throws IOException {
		RoadmapSummary roadmap = demo();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(roadmap, catalog.allItems(roadmap.id(), ItemFilter.ALL), Language.RU, out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\ufeff№;Наименование мероприятия (на казахском языке)");
		assertThat(csv.lines().filter(l -> l.startsWith("3;")).findFirst().orElseThrow())
			.contains("Строительство 4 культурно-просветительских объектов").contains("31.12.2024");
	}

	@Test
	void exportThenImportOfTheSameFileChangesNothing() throws IOException {
		String before = state();
		for (Language language : List.of(Language.KK, Language.RU)) {
			Preview preview = preview(exported(language));
			assertThat(preview.errors()).isEmpty();
			assertThat(preview.created()).isEmpty();
			assertThat(preview.changed()).isEmpty();
			assertThat(preview.unchanged()).isGreaterThanOrEqualTo(23);
			assertThat(preview.canApply()).isFalse();
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void importCreatesAndChangesItemsInOneGoAfterAPreview() throws IOException {
		byte[] file = edited(sheet -> {
			int last = sheet.getLastRowNum();
			Row copy = sheet.createRow(last + 1);
			Row source = sheet.getRow(SheetLayout.HEADER_ROW + 1);
			for (int c = 0; c < source.getLastCellNum(); c++) {
				var cell = source.getCell(c);
				if (cell == null) {
					continue;
				}
				switch (cell.getCellType()) {
					case NUMERIC -> copy.createCell(c).setCellValue(cell.getNumericCellValue());
					default -> copy.createCell(c).setCellValue(cell.toString());
				}
			}
			copy.getCell(0).setCellValue("960");
			copy.getCell(1).setCellValue("Жаңа іс-шара: мектептерде медиасауаттылық сабақтары");
			copy.getCell(2).setCellValue("Новое мероприятие: уроки медиаграмотности в школах");
		});
		Preview withoutReason = preview(file);
		assertThat(withoutReason.errors()).extracting(RoadmapImport.RowError::message)
			.anyMatch(m -> m.contains("себебін"));
		assertThat(catalog.itemByNumber(demo().id(), "960")).isEmpty();

		Preview preview = importer.preview(demo().id(), "roadmap.xlsx", file, Language.KK, "Кеңес шешімі");
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.created()).extracting(RoadmapImport.Change::number).containsExactly("960");
		assertThat(catalog.itemByNumber(demo().id(), "960")).isEmpty();

		importer.apply(demo().id(), preview.token(), Language.KK);
		ItemView created = catalog.itemByNumber(demo().id(), "960").orElseThrow();
		assertThat(created.name().ru()).startsWith("Новое мероприятие");
		assertThat(created.lead().orElseThrow().code()).isEqualTo("dept-youth");
		assertThat(created.indicators()).hasSize(1);
		assertThat(created.indicators().get(0).plannedFor(2023).orElseThrow()).isEqualByComparingTo("20");

		byte[] changed = edited(sheet -> {
			for (Row row : sheet) {
				if (row.getCell(0) != null && "960".equals(row.getCell(0).toString())) {
					row.getCell(13).setCellValue(25);
					row.getCell(6).setCellValue(14_000_000);
				}
			}
		});
		Preview second = importer.preview(demo().id(), "roadmap.xlsx", changed, Language.RU, "Уточнение плана");
		assertThat(second.errors()).isEmpty();
		assertThat(second.changed()).singleElement().satisfies(c -> {
			assertThat(c.number()).isEqualTo("960");
			assertThat(c.columns()).contains("Предполагаемые расходы, ₸").anyMatch(s -> s.contains("План на 2023 год"));
		});
		importer.apply(demo().id(), second.token(), Language.RU);
		ItemView after = catalog.itemByNumber(demo().id(), "960").orElseThrow();
		assertThat(after.estimatedCost()).isEqualByComparingTo("14000000");
		assertThat(after.indicators().get(0).target(2023).orElseThrow().originalPlanned()).isEqualByComparingTo("20");
		assertThat(after.indicators().get(0).plannedFor(2023).orElseThrow()).isEqualByComparingTo("25");
	}

	@Test
	void anItemChangedAfterThePreviewStopsTheWholeApply() throws IOException {
		long culture = units.findByCode("dept-culture").orElseThrow().getId();
		ItemDetails details = new ItemDetails("975", new LocalizedText("Алдын ала қаралғаннан кейін өзгерген",
				"Изменено после просмотра", null), CompletionForm.REPORT, null, null,
				Deadline.on(LocalDate.of(2025, 12, 31)), new BigDecimal("1000"), null, null, culture, List.of());
		RoadmapItem item = planning.addItem(demo().id(), details);
		byte[] file = edited(sheet -> {
			for (Row row : sheet) {
				if (row.getCell(0) != null && "975".equals(row.getCell(0).toString())) {
					row.getCell(6).setCellValue(2000);
				}
			}
			Row added = sheet.createRow(sheet.getLastRowNum() + 1);
			added.createCell(0).setCellValue("976");
			added.createCell(1).setCellValue("Жаңа");
			added.createCell(2).setCellValue("Новое");
			added.createCell(3).setCellValue("Есеп");
			added.createCell(4).setCellValue("dept-culture");
			added.createCell(5).setCellValue("31.12.2025");
		});
		Preview preview = importer.preview(demo().id(), "x.xlsx", file, Language.KK, "себеп");
		assertThat(preview.changed()).extracting(RoadmapImport.Change::number).containsExactly("975");
		planning.changeItem(item.getId(), item.getVersion(), new ItemDetails("975", details.name(),
				CompletionForm.REPORT, null, null, details.deadline(), new BigDecimal("1500"), null, null, culture,
				List.of()));
		assertThatThrownBy(() -> importer.apply(demo().id(), preview.token(), Language.KK))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(catalog.itemByNumber(demo().id(), "975").orElseThrow().estimatedCost()).isEqualByComparingTo("1500");
		assertThat(catalog.itemByNumber(demo().id(), "976")).isEmpty();
	}

	@Test
	void emptyAndNonXlsxFilesAreRefusedByContent() {
		String before = state();
		assertThat(preview(new byte[0]).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).isEqualTo("Файл бос."));
		assertThat(preview("№;Атауы\n1;Іс-шара\n".getBytes(StandardCharsets.UTF_8)).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("XLSX файлы емес"));
		byte[] oldExcel = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(preview(oldExcel).errors()).singleElement().satisfies(e -> assertThat(e.message()).contains(".xls"));
		byte[] zipButNotWorkbook = { 'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0 };
		assertThat(preview(zipButNotWorkbook).errors()).singleElement()
			.satisfies(e -> assertThat(e.row()).isZero());
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void wrongColumnsAndMergedHeaderCellsAreFileErrors() throws IOException {
		String before = state();
		byte[] wrong = edited(sheet -> sheet.getRow(SheetLayout.HEADER_ROW).getCell(4).setCellValue("Орындаушы"));
		assertThat(preview(wrong).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("Бағандар жол картасының үлгісіне сай емес"));
		byte[] merged = edited(sheet -> sheet.addMergedRegion(new CellRangeAddress(SheetLayout.HEADER_ROW,
				SheetLayout.HEADER_ROW, 1, 2)));
		assertThat(preview(merged).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("біріктірілген"));
		try (XSSFWorkbook empty = new XSSFWorkbook()) {
			empty.createSheet("Sheet1");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			empty.write(out);
			assertThat(preview(out.toByteArray()).errors()).isNotEmpty();
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void formulasBlankRowsAndTextForNumbersAreRowErrorsWithRowNumbers() throws IOException {
		String before = state();
		int firstData = SheetLayout.HEADER_ROW + 1;
		byte[] formula = edited(sheet -> sheet.getRow(firstData).getCell(13).setCellFormula("10+10"));
		assertThat(preview(formula).errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(firstData + 1);
			assertThat(e.message()).contains("N3").contains("формула");
		});
		byte[] blank = edited(sheet -> sheet.shiftRows(firstData + 2, sheet.getLastRowNum(), 1));
		assertThat(preview(blank).errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(firstData + 3);
			assertThat(e.message()).isEqualTo("Бос жол. Оны жойыңыз немесе толтырыңыз.");
		});
		byte[] text = edited(sheet -> {
			sheet.getRow(firstData).getCell(6).setCellValue("бір миллион");
			sheet.getRow(firstData).getCell(14).setCellValue("жиырма");
		});
		assertThat(preview(text).errors()).hasSize(2).allSatisfy(e -> assertThat(e.row()).isEqualTo(firstData + 1))
			.anySatisfy(e -> assertThat(e.message()).contains("«бір миллион»").contains("Болжамды шығыстар, ₸"))
			.anySatisfy(e -> assertThat(e.message()).contains("«жиырма»").contains("2024 жылға жоспар"));
		Preview russian = importer.preview(demo().id(), "x.xlsx", text, Language.RU, null);
		assertThat(russian.errors()).anySatisfy(e -> assertThat(e.message()).contains("должно быть число"));
		byte[] unknown = edited(sheet -> sheet.getRow(firstData).getCell(4).setCellValue("Белгісіз басқарма"));
		assertThat(preview(unknown).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("Орындаушы табылмады: «Белгісіз басқарма»"));
		assertThat(state()).isEqualTo(before);
	}

	/** Inserts a department named like every region's own "Сынақ басқармасы"; its id. */
	private long department(String code, Long regionId) {
		return jdbc.sql("""
				INSERT INTO org_unit (kind, code, name_kk, name_ru, name_en, path, region_id)
				VALUES ('DEPARTMENT', :code, 'Сынақ басқармасы', 'Управление испытаний', 'Trials department', '/', :region)
				RETURNING id""").param("code", code).param("region", regionId).query(Long.class).single();
	}

	private byte[] withItemOf(String executor) throws IOException {
		return edited(sheet -> {
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			row.createCell(0).setCellValue("985");
			row.createCell(1).setCellValue("Аймақтың өз басқармасы");
			row.createCell(2).setCellValue("Собственное управление региона");
			row.createCell(3).setCellValue("Есеп");
			row.createCell(4).setCellValue(executor);
			row.createCell(5).setCellValue("31.12.2025");
		});
	}

	/** Imports item 985 with that executor; the code of the unit it was bound to. */
	private String leadOfImportedItem(String executor) throws IOException {
		Preview preview = importer.preview(demo().id(), "roadmap.xlsx", withItemOf(executor), Language.KK, "Сынақ");
		assertThat(preview.errors()).isEmpty();
		importer.apply(demo().id(), preview.token(), Language.KK);
		return catalog.itemByNumber(demo().id(), "985").orElseThrow().lead().orElseThrow().code();
	}

	@Test
	@Transactional
	void anExecutorsNameMeansTheUnitOfTheRoadmapsOwnRegion() throws IOException {
		department("trials-elsewhere", null); // another region's namesake, made first
		department("trials-here", demo().regionId());
		assertThat(leadOfImportedItem("Управление испытаний")).isEqualTo("trials-here");
	}

	@Test
	@Transactional
	void aNameMeansTheUnitAlreadyExecutingTheRoadmapOverANamesakeElsewhere() throws IOException {
		// the city akimat's departments are a region of their own, not the party branch's: they are near the
		// roadmap because they execute its items
		String youth = jdbc.sql("SELECT name_kk FROM org_unit WHERE code = 'dept-youth'").query(String.class).single();
		jdbc.sql("""
				INSERT INTO org_unit (kind, code, name_kk, name_ru, name_en, path)
				VALUES ('DEPARTMENT', 'youth-elsewhere', :name, 'Тёзка', 'Namesake', '/')""").param("name", youth)
			.update();
		assertThat(leadOfImportedItem(youth)).isEqualTo("dept-youth");
	}

	@Test
	@Transactional
	void aNameTwoUnitsOfTheRegionBearIsAskedForByCode() throws IOException {
		department("trials-here", demo().regionId());
		department("trials-here-too", demo().regionId());
		String before = state();
		assertThat(preview(withItemOf("Сынақ басқармасы")).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("«Сынақ басқармасы» атауы бірнеше бөлімшеде бар"));
		Preview byCode = importer.preview(demo().id(), "roadmap.xlsx", withItemOf("trials-here-too"), Language.KK,
				"Сынақ");
		assertThat(byCode.errors()).isEmpty();
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void sizeAndRowLimitsAreFileErrors() throws IOException {
		String before = state();
		byte[] file = exported(Language.KK);
		Preview tooManyRows = importer.preview(demo().id(), "x.xlsx", file, Language.KK, null, new Limits(10_000_000, 5));
		assertThat(tooManyRows.errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).startsWith("Жолдар тым көп").contains("ең көбі 5"));
		Preview tooLarge = importer.preview(demo().id(), "x.xlsx", file, Language.KK, null, new Limits(1000, 100));
		assertThat(tooLarge.errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).startsWith("Файл тым үлкен"));
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aFailingRowKeepsTheWholeFileOut() throws IOException {
		String before = state();
		byte[] file = edited(sheet -> {
			Row good = sheet.createRow(sheet.getLastRowNum() + 1);
			good.createCell(0).setCellValue("970");
			good.createCell(1).setCellValue("Дұрыс жол");
			good.createCell(2).setCellValue("Правильная строка");
			good.createCell(3).setCellValue("Есеп");
			good.createCell(4).setCellValue("dept-culture");
			good.createCell(5).setCellValue("31.12.2025");
			Row bad = sheet.createRow(sheet.getLastRowNum() + 1);
			bad.createCell(0).setCellValue("971");
			bad.createCell(1).setCellValue("Қате жол");
			bad.createCell(2).setCellValue("Строка с ошибкой");
			bad.createCell(3).setCellValue("Есеп");
			bad.createCell(4).setCellValue("dept-culture");
			bad.createCell(5).setCellValue("келесі жылы");
		});
		Preview preview = importer.preview(demo().id(), "x.xlsx", file, Language.KK, "себеп");
		assertThat(preview.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("келесі жылы"));
		assertThat(preview.canApply()).isFalse();
		assertThat(catalog.itemByNumber(demo().id(), "970")).isEmpty();
		assertThat(state()).isEqualTo(before);
	}
}
