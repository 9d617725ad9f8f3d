package kz.kenes.roadmap.excel;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import kz.kenes.platform.RuleViolation;

/**
 * The first worksheet of an XLSX as typed cell values, read from the sheet's XML as a stream (POI's event API) instead
 * of building XMLBeans objects for every cell: a 10,000-row file is read several times faster and in a fraction of
 * the memory. Values are what {@code XSSFCell} would give: trimmed text, numbers as {@link BigDecimal} (from the
 * stored double, as {@code getNumericCellValue} reads it), dates as {@link java.time.LocalDate} for date-formatted
 * numbers, booleans as "true"/"false", errors as null; formula cells are marked, not evaluated. Cells that read as
 * nothing (empty, styled only, errors) are not kept, so a sheet of millions of formatted empty cells costs no memory.
 * Within its {@link Bounds} the reader keeps at most a row limit of non-blank rows (and stops reading there), at most
 * one cell beyond the layout's columns per row (enough to say that it is there), and refuses a sheet that makes it
 * look at too many cells or hold too much text: every file is read in bounded time and memory.
 */
final class SheetCells {

	record Cell(int column, Object value, boolean formula) {

		String address(int row) {
			return new CellAddress(row, column).formatAsString();
		}
	}

	/**
	 * What one sheet may cost: its first {@code columns} columns are read (one cell beyond them per row is kept),
	 * reading stops after {@code rows} non-blank rows ({@link #truncated}), at most {@code cells} cell and row
	 * elements are looked at and at most {@code characters} of text kept (shared strings and cells).
	 */
	record Bounds(int columns, int rows, long cells, long characters) {

		static final Bounds NONE = new Bounds(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Long.MAX_VALUE,
				Long.MAX_VALUE);

		/** For a layout of {@code columns} columns and at most {@code dataRows} data rows below a header. */
		static Bounds of(int columns, int dataRows) {
			int rows = dataRows + 11; // the header is one of the first ten rows
			return new Bounds(columns, rows, (long) rows * Math.max(64, 2 * columns), Math.max(1_000_000L,
					(long) rows * 4_000));
		}
	}

	/** Excel's own limit of characters in one cell. */
	static final int MAX_CELL_CHARACTERS = 32_767;
	/** More styles than this are no roadmap's: the style sheet is parsed into objects, so its size is bounded. */
	static final long MAX_STYLES_BYTES = 8L * 1024 * 1024;
	private static final int MAX_MERGED = 1_000;

	/** The non-blank rows of the sheet by 0-based index, each with its non-blank cells by 0-based column. */
	final NavigableMap<Integer, NavigableMap<Integer, Cell>> rows = new TreeMap<>();

	final List<CellRangeAddress> merged = new ArrayList<>();

	private final Bounds bounds;
	private int lastRow = -1;
	private boolean truncated;
	private long characters;

	private SheetCells(Bounds bounds) {
		this.bounds = bounds;
	}

	/** Null when the workbook has no sheet. */
	static SheetCells firstSheet(byte[] content) throws Exception {
		return firstSheet(content, Bounds.NONE);
	}

	/** Null when the workbook has no sheet; a {@link kz.kenes.platform.RuleViolation} past the bounds. */
	static SheetCells firstSheet(byte[] content, Bounds bounds) throws Exception {
		// from a file, POI inflates each part as it is read; from a stream it would hold every part inflated at once
		Path file = Files.createTempFile("kenes-import-", ".xlsx");
		try {
			Files.write(file, content);
			return firstSheet(file, bounds);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static SheetCells firstSheet(Path file, Bounds bounds) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return null;
			}
			SheetCells cells = new SheetCells(bounds);
			boolean date1904 = date1904(reader);
			try (InputStream sheet = sheets.next()) {
				parse(sheet, cells.new Handler(cells.sharedStrings(pkg), styles(pkg), date1904));
			}
			catch (Stop stop) {
				// the row limit was reached: the rest of the sheet is not read
			}
			return cells;
		}
	}

	/** The index of the last row present (blank or not), or -1 when there is none. */
	int lastRow() {
		return lastRow;
	}

	/** Whether reading stopped at the row limit: the sheet has more non-blank rows than the bounds allow. */
	boolean truncated() {
		return truncated;
	}

	private ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws Exception {
		var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(pkg, false);
		}
		// at most two bytes of XML for each character of text allowed, so that a huge table is never held
		long maxBytes = bounds.characters() > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : 2 * bounds.characters() + 65_536;
		try (InputStream in = new Capped(parts.get(0).getInputStream(), maxBytes, "roadmap.import.error.tooMuchText")) {
			return new ReadOnlySharedStringsTable(in, false);
		}
	}

	/** As {@link XSSFReader#getStylesTable()} (null without a style part), from at most MAX_STYLES_BYTES of XML. */
	private static StylesTable styles(OPCPackage pkg) throws Exception {
		var parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return null;
		}
		try (InputStream in = parts.get(0).getInputStream()) {
			return new StylesTable(new Capped(in, MAX_STYLES_BYTES, "roadmap.import.error.tooManyStyles"));
		}
	}

	/** Thrown from the handler to end reading at the row limit. */
	private static final class Stop extends SAXException {

		Stop() {
			super("row limit", null);
		}
	}

	/** A stream that refuses to give more than its limit (then the file is refused with the message). */
	private static final class Capped extends java.io.FilterInputStream {

		private final long limit;
		private final String messageKey;
		private long read;

		Capped(InputStream in, long limit, String messageKey) {
			super(in);
			this.limit = limit;
			this.messageKey = messageKey;
		}

		@Override
		public int read() throws java.io.IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws java.io.IOException {
			int n = super.read(b, off, len);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > limit) {
				throw new RuleViolation(messageKey, String.valueOf(limit));
			}
		}
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
		private boolean beyondKept;
		private long elements;
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
					look();
					String r = attributes.getValue("r");
					rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
					lastRow = Math.max(lastRow, rowIndex);
					column = -1;
					row = null;
					beyondKept = false;
				}
				case "c" -> {
					look();
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
				case "mergeCell" -> {
					CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
					if (merged.size() >= MAX_MERGED) {
						// a roadmap has none below its header, and each one there is refused anyway
						throw new RuleViolation("roadmap.import.error.mergedCells",
								String.valueOf(range.getFirstRow() + 1));
					}
					merged.add(range);
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting) {
				if (text.length() + length > MAX_CELL_CHARACTERS * 2) {
					throw new RuleViolation("roadmap.import.error.tooMuchText", String.valueOf(bounds.characters()));
				}
				text.append(ch, start, length);
			}
		}

		/** Counts a row or cell element looked at, styled and empty ones alike. */
		private void look() {
			if (++elements > bounds.cells()) {
				throw new RuleViolation("roadmap.import.error.tooManyCells", String.valueOf(bounds.cells()));
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "v" -> {
					value = text.toString();
					collecting = false;
				}
				case "t" -> { // text runs of an inline string (<is><t/> or <is><r><t/></r>); phonetic runs are not read
					if (collecting) {
						inline = (inline == null ? "" : inline) + text;
						if (inline.length() > MAX_CELL_CHARACTERS * 2) {
							throw new RuleViolation("roadmap.import.error.tooMuchText",
									String.valueOf(bounds.characters()));
						}
					}
					collecting = false;
				}
				case "is" -> {
					inlineString = false;
					inline = inline == null ? "" : inline;
				}
				case "rPh" -> phonetic = false;
				case "c" -> keep(formula ? null : value());
				default -> {
				}
			}
		}

		/** Keeps a cell that reads as something (a formula, text that is not empty, a number, a date). */
		private void keep(Object value) throws SAXException {
			if (!formula && (value == null || value instanceof String s && s.isEmpty())) {
				return;
			}
			if (column >= bounds.columns()) {
				if (beyondKept) {
					return;
				}
				beyondKept = true;
			}
			if (value instanceof String s) {
				characters += s.length();
				if (characters > bounds.characters()) {
					throw new RuleViolation("roadmap.import.error.tooMuchText", String.valueOf(bounds.characters()));
				}
			}
			if (row == null) {
				if (rows.size() >= bounds.rows()) {
					truncated = true;
					throw new Stop();
				}
				row = new TreeMap<>();
				rows.put(rowIndex, row);
			}
			row.put(column, new Cell(column, value, formula));
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
