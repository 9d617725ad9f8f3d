package kz.kenes.roadmap.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader gives every cell the value POI's object model gives it, read the plain way through
 * {@code XSSFCell} (as the importer read files before): random sheets of text, numbers, dates in date formats, numbers
 * in number formats, booleans, errors, formulas, blanks, rich text, sparse rows and merged regions, in both date
 * systems.
 */
class SheetCellsTest {

	@Test
	void readsEveryCellAsTheObjectModelDoes() throws Exception {
		Random random = new Random(20261125);
		for (int workbook = 0; workbook < 40; workbook++) {
			byte[] file = randomWorkbook(random, workbook % 4 == 0);
			SheetCells streamed = SheetCells.firstSheet(file);
			try (XSSFWorkbook model = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
				Sheet sheet = model.getSheetAt(0);
				assertThat(streamed.lastRow()).isEqualTo(sheet.getLastRowNum());
				assertThat(streamed.merged).containsExactlyElementsOf(sheet.getMergedRegions());
				List<String> expected = new ArrayList<>();
				List<String> actual = new ArrayList<>();
				for (Row row : sheet) {
					for (Cell cell : row) {
						Object plain = cell.getCellType() == CellType.FORMULA ? "formula" : plainValue(cell);
						if (plain == null || "".equals(plain)) {
							continue; // a cell that reads as nothing is not kept
						}
						expected.add(row.getRowNum() + ":" + cell.getColumnIndex() + "="
								+ (cell.getCellType() == CellType.FORMULA ? "formula" : String.valueOf(plainValue(cell))));
					}
				}
				streamed.rows.forEach((r, cells) -> cells.forEach((c, cell) -> actual.add(r + ":" + c + "="
						+ (cell.formula() ? "formula" : String.valueOf(cell.value())))));
				assertThat(actual).as("workbook %d", workbook).containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void readsInlineStringsAsTheObjectModelDoes() throws Exception {
		String[] texts = { " Ұлттық жоба ", "a_x000D_b", "", "  ", "👩‍👩‍👧", "№" };
		byte[] file;
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(null, 100, false, false);
				var out = new ByteArrayOutputStream()) {
			Row row = workbook.createSheet().createRow(0);
			for (int c = 0; c < texts.length; c++) {
				row.createCell(c).setCellValue(texts[c]);
			}
			workbook.write(out);
			file = out.toByteArray();
		}
		SheetCells streamed = SheetCells.firstSheet(file);
		try (XSSFWorkbook model = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
			for (Cell cell : model.getSheetAt(0).getRow(0)) {
				var streamedCell = streamed.row(0).get(cell.getColumnIndex());
				assertThat(streamedCell == null ? "" : streamedCell.value()).isEqualTo(plainValue(cell));
			}
		}
	}

	@Test
	void aWorkbookWithoutSheetsHasNoFirstSheet() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.write(out);
			assertThat(SheetCells.firstSheet(out.toByteArray())).isNull();
		}
	}

	/** What the importer read through the object model. */
	private static Object plainValue(Cell cell) {
		return switch (cell.getCellType()) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
					: new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros();
			case STRING -> cell.getStringCellValue().trim();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

	private static byte[] randomWorkbook(Random random, boolean date1904) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var ct = workbook.getCTWorkbook();
			(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(date1904);
			Sheet sheet = workbook.createSheet("Жол картасы");
			List<CellStyle> styles = new ArrayList<>();
			for (String format : List.of("General", "dd.mm.yyyy", "yyyy-mm-dd", "0.00", "#,##0", "m/d/yy h:mm", "@",
					"[$-43F]d mmmm yyyy", "0%")) {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
				styles.add(style);
			}
			String[] texts = { " Ұлттық жоба ", "Мектептер саны", "  ", "", "a_x000D_b", "مرحبا", "👩‍👩‍👧", "№",
					"=1+1", "+7 701", "12" };
			for (int r = 0; r < 30; r++) {
				if (random.nextInt(5) == 0) {
					continue; // rows missing from the sheet
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < 14; c++) {
					if (random.nextInt(3) == 0) {
						continue;
					}
					Cell cell = row.createCell(c);
					cell.setCellStyle(styles.get(random.nextInt(styles.size())));
					switch (random.nextInt(8)) {
						case 0 -> cell.setCellValue(texts[random.nextInt(texts.length)]);
						case 1 -> cell.setCellValue(random.nextInt(100_000) / (random.nextBoolean() ? 1.0 : 100.0));
						case 2 -> cell.setCellValue(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(2000)));
						case 3 -> cell.setCellValue(random.nextBoolean());
						case 4 -> cell.setCellFormula("A1*2");
						case 5 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
						case 6 -> {
							XSSFRichTextString rich = new XSSFRichTextString("Қала " + r);
							rich.applyFont(0, 2, workbook.createFont());
							cell.setCellValue(rich);
						}
						default -> cell.setCellValue(-random.nextDouble() * 1e7);
					}
				}
			}
			if (random.nextBoolean()) {
				sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 2));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
