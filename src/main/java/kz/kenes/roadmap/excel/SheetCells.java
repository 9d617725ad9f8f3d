package kz.kenes.roadmap.excel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first worksheet of an XLSX as typed cell values, read from the sheet's XML as a stream (POI's event API) instead
 * of building XMLBeans objects for every cell: a 10,000-row file is read several times faster and in a fraction of
 * the memory. Values are what {@code XSSFCell} would give: trimmed text, numbers as {@link BigDecimal} (from the
 * stored double, as {@code getNumericCellValue} reads it), dates as {@link java.time.LocalDate} for date-formatted
 * numbers, booleans as "true"/"false", errors and empty cells as null; formula cells are marked, not evaluated.
 */
final class SheetCells {

	record Cell(int column, Object value, boolean formula) {

		String address(int row) {
			return new CellAddress(row, column).formatAsString();
		}
	}

	/** The rows present in the sheet by 0-based index, each with its cells by 0-based column. */
	final NavigableMap<Integer, NavigableMap<Integer, Cell>> rows = new TreeMap<>();

	final List<CellRangeAddress> merged = new ArrayList<>();

	/** Null when the workbook has no sheet. */
	static SheetCells firstSheet(byte[] content) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return null;
			}
			SheetCells cells = new SheetCells();
			boolean date1904 = date1904(reader);
			try (InputStream sheet = sheets.next()) {
				parse(sheet, cells.new Handler(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(),
						date1904));
			}
			return cells;
		}
	}

	/** The index of the last row present, or -1 when there is none. */
	int lastRow() {
		return rows.isEmpty() ? -1 : rows.lastKey();
	}

	/** Null when the sheet has no such row. */
	NavigableMap<Integer, Cell> row(int index) {
		return rows.get(index);
	}

	private static boolean date1904(XSSFReader reader) throws Exception {
		Boolean[] found = new Boolean[1];
		try (InputStream workbook = reader.getWorkbookData()) {
			parse(workbook, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName) && found[0] == null) {
						String value = attributes.getValue("date1904");
						found[0] = "1".equals(value) || "true".equals(value);
					}
				}
			});
		}
		return Boolean.TRUE.equals(found[0]);
	}

	private static void parse(InputStream xml, DefaultHandler handler) throws Exception {
		XMLReader parser = XMLHelper.newXMLReader(); // POI's: no DTDs, no external entities
		parser.setContentHandler(handler);
		parser.parse(new InputSource(xml));
	}

	private final class Handler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;
		private final StylesTable styles;
		private final boolean date1904;
		private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
		private final Map<Integer, Boolean> dateStyles = new HashMap<>();
		private final StringBuilder text = new StringBuilder();
		private NavigableMap<Integer, Cell> row;
		private int rowIndex = -1;
		private int column;
		private String type;
		private String style;
		private boolean formula;
		private boolean collecting;
		private boolean inlineString;
		private boolean phonetic;
		private String value;
		private String inline;

		Handler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
			this.strings = strings;
			this.styles = styles;
			this.date1904 = date1904;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
					column = -1;
					row = new TreeMap<>();
					rows.put(rowIndex, row);
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? column + 1 : column(r);
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					formula = false;
					value = null;
					inline = null;
				}
				case "f" -> {
					formula = true;
					String ref = attributes.getValue("ref");
					if ("array".equals(attributes.getValue("t")) && ref != null) {
						arrayFormulas.add(CellRangeAddress.valueOf(ref));
					}
				}
				case "is" -> inlineString = true;
				case "rPh" -> phonetic = true;
				case "v" -> {
					collecting = true;
					text.setLength(0);
				}
				case "t" -> {
					collecting = inlineString && !phonetic;
					text.setLength(0);
				}
				case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v" -> {
					value = text.toString();
					collecting = false;
				}
				case "t" -> { // text runs of an inline string (<is><t/> or <is><r><t/></r>); phonetic runs are not read
					if (collecting) {
						inline = (inline == null ? "" : inline) + text;
					}
					collecting = false;
				}
				case "is" -> {
					inlineString = false;
					inline = inline == null ? "" : inline;
				}
				case "rPh" -> phonetic = false;
				case "c" -> {
					if (row != null) {
						row.put(column, new Cell(column, formula ? null : value(), formula));
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void endDocument() {
			for (CellRangeAddress range : arrayFormulas) {
				for (var entry : rows.subMap(range.getFirstRow(), true, range.getLastRow(), true).entrySet()) {
					entry.getValue().replaceAll((column, cell) -> range.isInRange(entry.getKey(), column)
							? new Cell(column, null, true) : cell);
				}
			}
		}

		/** As XSSFCell's getCellType and getters read the cell (getStringCellValue's fallbacks included). */
		private Object value() {
			String t = type == null ? "n" : type;
			return switch (t) {
				case "s" -> sharedString();
				case "inlineStr" -> decoded(inline != null ? inline : value != null ? value : "");
				case "str" -> decoded(value == null ? "" : value);
				case "b" -> String.valueOf("1".equals(value));
				case "e" -> null;
				case "n" -> value == null ? null : number(value.isEmpty() ? 0 : Double.parseDouble(value));
				default -> throw new IllegalStateException("cell type " + t);
			};
		}

		private String sharedString() {
			try {
				return value == null ? "" : strings.getItemAt(Integer.parseInt(value)).getString().trim();
			}
			catch (RuntimeException e) { // as XSSFCell: an unreadable reference reads as empty text
				return "";
			}
		}

		/** Text with Excel's _xHHHH_ escapes decoded (by POI, in the rare text that has one), trimmed. */
		private static String decoded(String raw) {
			return (raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw).trim();
		}

		/** The column of a reference such as "AB12", 0-based; anything unusual is left to POI's parser. */
		private static int column(String reference) {
			int column = 0;
			int letters = 0;
			while (letters < reference.length() && reference.charAt(letters) >= 'A' && reference.charAt(letters) <= 'Z') {
				column = column * 26 + (reference.charAt(letters++) - 'A' + 1);
			}
			boolean plain = letters > 0 && letters <= 3 && letters < reference.length()
					&& Character.isDigit(reference.charAt(letters));
			return plain ? column - 1 : new CellReference(reference).getCol();
		}

		private Object number(double number) {
			if (DateUtil.isValidExcelDate(number) && dateStyle(style == null ? 0 : Integer.parseInt(style))) {
				return DateUtil.getLocalDateTime(number, date1904).toLocalDate();
			}
			return new BigDecimal(String.valueOf(number)).stripTrailingZeros();
		}

		private boolean dateStyle(int index) {
			return dateStyles.computeIfAbsent(index, i -> {
				XSSFCellStyle cellStyle = styles == null || styles.getNumCellStyles() == 0 ? null : styles.getStyleAt(i);
				return cellStyle != null
						&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			});
		}
	}
}
