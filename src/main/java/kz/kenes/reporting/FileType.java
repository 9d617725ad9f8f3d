package kz.kenes.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The evidence file types Kenes accepts, recognised by their content (magic bytes), never by the name a user gave:
 * PDF, PNG, JPEG, and the Office Open XML documents DOCX and XLSX (zip files whose entries say which). The name's
 * extension must agree with the content, so a renamed file (an .exe called .pdf, a .png called .docx) is refused.
 */
enum FileType {

	PDF("application/pdf", List.of("pdf")),
	PNG("image/png", List.of("png")),
	JPEG("image/jpeg", List.of("jpg", "jpeg")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

	/** How many zip entries to look at when telling DOCX from XLSX (the parts come first in Office files). */
	private static final int MAX_ZIP_ENTRIES = 200;

	final String contentType;
	final List<String> extensions;

	FileType(String contentType, List<String> extensions) {
		this.contentType = contentType;
		this.extensions = extensions;
	}

	static Optional<FileType> sniff(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes())) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return office(content);
		}
		return Optional.empty();
	}

	private static Optional<FileType> office(byte[] content) {
		boolean types = false;
		boolean word = false;
		boolean excel = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
				String name = entry.getName();
				types |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (types && word != excel) {
			return Optional.of(word ? DOCX : XLSX);
		}
		return Optional.empty();
	}

	boolean matchesName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
