package kz.kenes.roadmap.excel;

import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import kz.kenes.platform.RuleViolation;

/**
 * Checks an uploaded file before Apache POI parses it: size, the ZIP signature of an XLSX (a renamed .xls, .csv
 * or anything else is refused by content, not by name), the parts every workbook has, and a bounded number of
 * entries. POI's own zip-bomb guards are tightened once for the whole application.
 */
public final class XlsxGuard {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	private static final int MAX_ENTRIES = 1000;

	static {
		// An inflated part may be at most 100 times its compressed size, 200 MB, and hold 50 M characters of text.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
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
		boolean contentTypes = false;
		boolean workbook = false;
		int entries = 0;
		// The central directory, as POI will read it; a stream scan would trip over data descriptors.
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				if (++entries > MAX_ENTRIES) {
					throw new RuleViolation("roadmap.import.error.notXlsx");
				}
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				workbook |= entry.getName().equals("xl/workbook.xml");
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation("roadmap.import.error.notXlsx");
		}
		if (!contentTypes || !workbook) {
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
