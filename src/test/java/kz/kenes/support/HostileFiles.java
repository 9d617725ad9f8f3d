package kz.kenes.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Files an attacker would upload, built in memory from a genuine Office file: zip bombs (honest and lying about
 * their size), macro-enabled documents, XML external entities, polyglots. Shared by the importer's and the
 * evidence upload's refusal tests and by the fuzz seeds.
 */
public final class HostileFiles {

	private static final int MB = 1024 * 1024;
	/** Deflater's own FINISH is private: after finish(), deflate until finished. */
	private static final int FINISH = -1;

	private HostileFiles() {
	}

	/** The parts of a zip in order, inflated (for small genuine files only). */
	public static Map<String, byte[]> parts(byte[] zip) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
				try (var content = in.getInputStream(entry)) {
					parts.put(entry.getName(), content.readAllBytes());
				}
			}
		}
		return parts;
	}

	public static byte[] zip(Map<String, byte[]> parts) throws IOException {
		return zip(parts, null, null);
	}

	/** Rebuilds the zip; the part {@code rawName}, when given, is written as already-deflated raw data. */
	private static byte[] zip(Map<String, byte[]> parts, String rawName, RawPart raw) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				if (part.getKey().equals(rawName)) {
					ZipArchiveEntry entry = new ZipArchiveEntry(rawName);
					entry.setMethod(ZipArchiveEntry.DEFLATED);
					entry.setSize(raw.declaredSize());
					entry.setCompressedSize(raw.deflated().length);
					entry.setCrc(raw.crc());
					out.addRawArchiveEntry(entry, new ByteArrayInputStream(raw.deflated()));
					continue;
				}
				out.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
				out.write(part.getValue());
				out.closeArchiveEntry();
			}
		}
		return bytes.toByteArray();
	}

	public static byte[] withPart(byte[] zip, String name, byte[] content) throws IOException {
		Map<String, byte[]> parts = parts(zip);
		parts.put(name, content);
		return zip(parts);
	}

	public static byte[] editPart(byte[] zip, String name, UnaryOperator<String> edit) throws IOException {
		Map<String, byte[]> parts = parts(zip);
		parts.put(name, edit.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	/**
	 * The file with {@code rows} rows of {@code columns} empty cells that carry only a style appended to its sheet:
	 * what Excel writes when formatting is pasted over a whole area. Tens of megabytes of XML zip to a few, under
	 * every ratio a zip-bomb guard allows, yet a reader that keeps every cell holds millions of objects.
	 */
	public static byte[] denseSheet(byte[] zip, String part, int rows, int columns) throws IOException {
		Map<String, byte[]> parts = parts(zip);
		String sheet = new String(parts.get(part), StandardCharsets.UTF_8);
		String[] letters = new String[columns];
		for (int c = 0; c < columns; c++) {
			letters[c] = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
		}
		int first = 1000;
		StringBuilder dense = new StringBuilder(rows * columns * 22);
		for (int r = first; r < first + rows; r++) {
			dense.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < columns; c++) {
				dense.append("<c r=\"").append(letters[c]).append(r).append("\" s=\"1\"/>");
			}
			dense.append("</row>");
		}
		int end = sheet.indexOf("</sheetData>");
		parts.put(part, (sheet.substring(0, end) + dense + sheet.substring(end)).getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	record RawPart(byte[] deflated, long declaredSize, long crc) {
	}

	/**
	 * The file with {@code part} replaced by XML that inflates to {@code megabytes} MB of spaces between its root
	 * tags, deflated once per megabyte and repeated, so that building a multi-gigabyte bomb takes milliseconds.
	 * With {@code lie}, the zip headers declare the part 4 KB large.
	 */
	public static byte[] zipBomb(byte[] zip, String part, String open, String close, int megabytes, boolean lie)
			throws IOException {
		byte[] prefix = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + open)
			.getBytes(StandardCharsets.UTF_8);
		byte[] suffix = close.getBytes(StandardCharsets.UTF_8);
		byte[] spaces = new byte[MB];
		Arrays.fill(spaces, (byte) ' ');
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		ByteArrayOutputStream first = new ByteArrayOutputStream();
		deflater.setInput(prefix);
		drain(deflater, Deflater.NO_FLUSH, first);
		deflater.setInput(spaces);
		drain(deflater, Deflater.SYNC_FLUSH, first);
		// a megabyte of spaces after spaces: byte-aligned blocks that only look back at spaces, valid anywhere
		ByteArrayOutputStream repeat = new ByteArrayOutputStream();
		deflater.setInput(spaces);
		drain(deflater, Deflater.SYNC_FLUSH, repeat);
		ByteArrayOutputStream last = new ByteArrayOutputStream();
		deflater.setInput(suffix);
		deflater.finish();
		drain(deflater, FINISH, last);
		deflater.end();
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		raw.write(first.toByteArray());
		CRC32 crc = new CRC32();
		crc.update(prefix);
		crc.update(spaces);
		for (int i = 1; i < megabytes; i++) {
			raw.write(repeat.toByteArray());
			crc.update(spaces);
		}
		raw.write(last.toByteArray());
		crc.update(suffix);
		long size = prefix.length + (long) megabytes * MB + suffix.length;
		Map<String, byte[]> parts = parts(zip);
		parts.put(part, new byte[0]);
		return zip(parts, part, new RawPart(raw.toByteArray(), lie ? 4096 : size, crc.getValue()));
	}

	private static void drain(Deflater deflater, int flush, ByteArrayOutputStream out) {
		byte[] buffer = new byte[64 * 1024];
		while (true) {
			int n = deflater.deflate(buffer, 0, buffer.length, flush == FINISH ? Deflater.NO_FLUSH : flush);
			out.write(buffer, 0, n);
			if (flush == FINISH ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
				return;
			}
		}
	}

	/** An XLSX turned .xlsm: the macro-enabled main part type and a VBA project. */
	public static byte[] xlsm(byte[] xlsx) throws IOException {
		Map<String, byte[]> parts = parts(xlsx);
		String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
			.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
					"application/vnd.ms-excel.sheet.macroEnabled.main+xml");
		parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
		parts.put("xl/vbaProject.bin", vbaProject());
		return zip(parts);
	}

	/** Only the content type says "macro-enabled" (the VBA part renamed away). */
	public static byte[] macroContentTypeOnly(byte[] office) throws IOException {
		String vba = "<Override PartName=\"/xl/x.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>";
		return editPart(office, "[Content_Types].xml",
				types -> types.contains("<Types/>") ? types.replace("<Types/>", "<Types>" + vba + "</Types>")
						: types.replace("</Types>", vba + "</Types>"));
	}

	/** A DOCX turned .docm by its VBA project. */
	public static byte[] docm(byte[] docx) throws IOException {
		return withPart(docx, "word/vbaProject.bin", vbaProject());
	}

	/** The head of an OLE2 compound file, as vbaProject.bin parts are. */
	private static byte[] vbaProject() {
		byte[] bin = new byte[1024];
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(ole, 0, bin, 0, ole.length);
		return bin;
	}

	/**
	 * A DOCTYPE declaring an external entity that reads {@code secretFile}, used in place of the first text of the
	 * part: a parser resolving it would put the file's content into the workbook.
	 */
	public static byte[] externalEntity(byte[] zip, String part, String secretFile) throws IOException {
		return editPart(zip, part, xml -> {
			int rootStart = xml.indexOf('<', xml.indexOf("?>") + 2);
			String root = xml.substring(rootStart + 1).split("[\\s>]", 2)[0];
			String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file://" + secretFile + "\">]>";
			String withDoctype = xml.substring(0, rootStart) + doctype + xml.substring(rootStart);
			return withDoctype.replaceFirst("<t>[^<]*</t>", "<t>&xxe;</t>").replaceFirst("<t xml:space=\"preserve\">[^<]*</t>",
					"<t>&xxe;</t>");
		});
	}

	/** Entities that double ten times over ("billion laughs"), expanded where the first text was. */
	public static byte[] entityExpansion(byte[] zip, String part) throws IOException {
		return editPart(zip, part, xml -> {
			int rootStart = xml.indexOf('<', xml.indexOf("?>") + 2);
			String root = xml.substring(rootStart + 1).split("[\\s>]", 2)[0];
			StringBuilder doctype = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY l0 \"lol\">");
			for (int i = 1; i <= 30; i++) {
				doctype.append("<!ENTITY l").append(i).append(" \"&l").append(i - 1).append(";&l").append(i - 1)
					.append(";\">");
			}
			doctype.append("]>");
			return (xml.substring(0, rootStart) + doctype + xml.substring(rootStart)).replaceFirst("<t>[^<]*</t>",
					"<t>&l30;</t>");
		});
	}

	/** A Windows executable's first bytes. */
	public static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		System.arraycopy("This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 39);
		return exe;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A PDF head followed by a zip archive: opens as a PDF, unpacks as a zip. */
	public static byte[] pdfWithZip(byte[] pdf, byte[] zip) {
		byte[] both = Arrays.copyOf(pdf, pdf.length + zip.length);
		System.arraycopy(zip, 0, both, pdf.length, zip.length);
		return both;
	}

	/** A JPEG's magic bytes with an HTML page right after them (a browser sniffing it finds a page). */
	public static byte[] jpegWithHtml() {
		byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
		byte[] html = html();
		byte[] both = Arrays.copyOf(head, head.length + html.length);
		System.arraycopy(html, 0, both, head.length, html.length);
		return both;
	}
}
