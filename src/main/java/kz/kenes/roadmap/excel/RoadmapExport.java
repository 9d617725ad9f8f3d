package kz.kenes.roadmap.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.ExecutorView;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.RoadmapTexts;
import kz.kenes.roadmap.excel.SheetLayout.Column;

/**
 * A roadmap as an XLSX workbook in the government-plan layout (styled, wrapped header; № and name frozen; widths
 * for reading) or as CSV with the same columns. The XLSX is streamed (SXSSF), so ten thousand items stay small in
 * memory (texts go to the shared-strings table, as Excel itself writes them); {@link RoadmapImport} reads the same layout back.
 */
@Component
public class RoadmapExport {

	private final RoadmapCatalog catalog;
	private final RoadmapTexts texts;

	RoadmapExport(RoadmapCatalog catalog, RoadmapTexts texts) {
		this.catalog = catalog;
		this.texts = texts;
	}

	public void xlsx(RoadmapSummary roadmap, List<ItemView> items, Language userLanguage, OutputStream out)
			throws IOException {
		Language language = SheetLayout.headerLanguage(userLanguage);
		SheetLayout layout = new SheetLayout(roadmap.firstYear(), roadmap.lastYear());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true)) {
			SXSSFSheet sheet = workbook.createSheet(language == Language.KK ? "Жол картасы" : "Дорожная карта");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle title = workbook.createCellStyle();
			title.setFont(bold);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			borders(header);
			CellStyle text = workbook.createCellStyle();
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			borders(text);
			CellStyle number = workbook.createCellStyle();
			number.cloneStyleFrom(text);
			number.setWrapText(false);
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));

			Row titleRow = sheet.createRow(0);
			Cell titleCell = titleRow.createCell(0);
			titleCell.setCellValue(roadmap.programName().in(language) + " — " + roadmap.branchName().in(language));
			titleCell.setCellStyle(title);

			Row headerRow = sheet.createRow(SheetLayout.HEADER_ROW);
			headerRow.setHeightInPoints(48);
			List<String> headers = layout.headers(language);
			List<Integer> widths = layout.widths();
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = headerRow.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, widths.get(c) * 256);
			}
			sheet.createFreezePane(3, SheetLayout.HEADER_ROW + 1);

			int r = SheetLayout.HEADER_ROW + 1;
			for (ItemView item : items) {
				for (List<Object> values : rows(item, layout, language)) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						Cell cell = row.createCell(c);
						if (value instanceof BigDecimal decimal) {
							cell.setCellValue(decimal.doubleValue());
							cell.setCellStyle(number);
						}
						else if (value instanceof Integer integer) {
							cell.setCellValue(integer);
							cell.setCellStyle(number);
						}
						else {
							cell.setCellValue(value == null ? "" : value.toString());
							cell.setCellStyle(text);
						}
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** The same columns as CSV: UTF-8 with a byte-order mark and ";" (what Excel opens in kk/ru locales). */
	public void csv(RoadmapSummary roadmap, List<ItemView> items, Language userLanguage, OutputStream out)
			throws IOException {
		Language language = SheetLayout.headerLanguage(userLanguage);
		SheetLayout layout = new SheetLayout(roadmap.firstYear(), roadmap.lastYear());
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\ufeff');
		writer.write(csvLine(new ArrayList<>(layout.headers(language))));
		for (ItemView item : items) {
			for (List<Object> values : rows(item, layout, language)) {
				writer.write(csvLine(values.stream().map(v -> v instanceof BigDecimal d ? d.stripTrailingZeros()
					.toPlainString() : v).collect(Collectors.toList())));
			}
		}
		writer.flush();
	}

	public List<ItemView> items(RoadmapSummary roadmap, kz.kenes.roadmap.ItemFilter filter) {
		return catalog.allItems(roadmap.id(), filter);
	}

	/** One row per indicator (at least one): the first with the item's columns, the rest with its number only. */
	List<List<Object>> rows(ItemView item, SheetLayout layout, Language language) {
		List<List<Object>> rows = new ArrayList<>();
		List<IndicatorView> indicators = item.indicators().isEmpty() ? java.util.Collections.singletonList(null)
				: item.indicators();
		boolean first = true;
		for (IndicatorView indicator : indicators) {
			Object[] row = new Object[layout.columnCount()];
			row[layout.index(Column.NUMBER)] = item.number();
			if (first) {
				row[layout.index(Column.NAME_KK)] = item.name().kk();
				row[layout.index(Column.NAME_RU)] = item.name().ru();
				row[layout.index(Column.COMPLETION_FORM)] = texts.label(item.completionForm(), language);
				row[layout.index(Column.EXECUTORS)] = item.executors().stream().map(ExecutorView::name)
					.map(n -> n.in(language)).collect(Collectors.joining("; "));
				row[layout.index(Column.DEADLINE)] = texts.deadline(item.deadline(), language);
				row[layout.index(Column.COST)] = item.estimatedCost();
				row[layout.index(Column.FUNDING)] = texts.label(item.fundingSource(), language);
				row[layout.index(Column.TASK)] = item.taskNumber();
				row[layout.index(Column.DIRECTION)] = item.directionName() == null ? null
						: item.directionName().in(language);
				row[layout.index(Column.NOTES)] = item.notes();
			}
			if (indicator != null) {
				row[layout.index(Column.INDICATOR_KK)] = indicator.name().kk();
				row[layout.index(Column.INDICATOR_RU)] = indicator.name().ru();
				row[layout.index(Column.UNIT)] = texts.label(indicator.unit(), language);
				for (var target : indicator.targets()) {
					if (target.year() >= layout.firstYear() && target.year() < layout.firstYear() + layout.years()) {
						row[layout.yearIndex(target.year())] = target.planned();
					}
				}
			}
			rows.add(java.util.Arrays.asList(row));
			first = false;
		}
		return rows;
	}

	private static String csvLine(List<Object> values) {
		return values.stream().map(v -> {
			String s = v == null ? "" : v.toString();
			if (v instanceof String && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
				s = "'" + s; // text that a spreadsheet would otherwise run as a formula (OWASP's CSV-injection list)
			}
			return s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")
					? "\"" + s.replace("\"", "\"\"") + "\"" : s;
		}).collect(Collectors.joining(";")) + "\r\n";
	}

	private static void borders(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}
}
