package kz.kenes.roadmap.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import kz.kenes.platform.OfficeZip;
import kz.kenes.platform.RuleViolation;

/**
 * Checks an uploaded file before Apache POI parses it: size, the ZIP signature of an XLSX (a renamed .xls, .csv
 * or anything else is refused by content, not by name), the parts every workbook has, a bounded number of
 * entries, no part inflating far beyond its weight (zip bombs) and no macros (.xlsm content under any name).
 * POI's own zip-bomb guards are tightened once for the whole application.
 */
public final class XlsxGuard {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	static {
		// Never looser than POI's defaults: an inflated part may be at most 100 times its compressed size (as
		// OfficeZip) and 200 MB (POI: 4 GB); text extraction stops at 5 M characters (POI: 10 M). The import's own
		// reader bounds cells and text further (SheetCells.Bounds).
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), 200L * 1024 * 1024));
		ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), 5L * 1024 * 1024));
	}

	private XlsxGuard() {
	}

	public static void check(byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			throw new RuleViolation("roadmap.import.error.empty");
		}
		if (content.length > maxBytes) {
			throw new RuleViolation("roadmap.import.error.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
		}
		if (startsWith(content, OLE2)) {
			throw new RuleViolation("roadmap.import.error.oldExcel");
		}
		if (!startsWith(content, ZIP)) {
			throw new RuleViolation("roadmap.import.error.notXlsx");
		}
		OfficeZip.Inspection zip = OfficeZip.inspect(content);
		if (zip.refused()) {
			throw new RuleViolation(switch (zip.refusal()) {
				case EXPANDS_TOO_MUCH -> "roadmap.import.error.zipBomb";
				case MACROS -> "roadmap.import.error.macros";
				case NOT_ZIP, TOO_MANY_PARTS -> "roadmap.import.error.notXlsx";
				case DAMAGED -> "roadmap.import.error.unreadable";
			});
		}
		if (!zip.has("[Content_Types].xml") || !zip.has("xl/workbook.xml")) {
			throw new RuleViolation("roadmap.import.error.notXlsx");
		}
	}

	/** Applies POI's zip-bomb limits (they are static; loading this class sets them). */
	public static void init() {
		// the static initializer did the work
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
