package kz.kenes.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.kenes.platform.OfficeZip;
import kz.kenes.platform.RuleViolation;

/**
 * The evidence file types Kenes accepts, recognised by their content (magic bytes), never by the name a user gave:
 * PDF, PNG, JPEG, and the Office Open XML documents DOCX and XLSX (zip files whose entries say which). The name's
 * extension must agree with the content, so a renamed file (an .exe called .pdf, a .png called .docx) is refused.
 * The zip inside an Office file is looked at through {@link OfficeZip}: its parts, never inflated in full.
 */
enum FileType {

	PDF("application/pdf", List.of("pdf")),
	PNG("image/png", List.of("png")),
	JPEG("image/jpeg", List.of("jpg", "jpeg")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

	private static final List<String> MARKUP = List.of("<html", "<script", "<svg", "<!doctype", "<body", "<iframe");

	final String contentType;
	final List<String> extensions;

	FileType(String contentType, List<String> extensions) {
		this.contentType = contentType;
		this.extensions = extensions;
	}

	/**
	 * The type of the content, empty when it is none of the accepted types. Refuses (with a reporting message key)
	 * what looks acceptable but must not be stored: macro-enabled or zip-bomb Office files, and polyglots — a
	 * PDF or image with a zip archive appended or a web page in its first bytes.
	 */
	static Optional<FileType> sniff(byte[] content) {
		Optional<FileType> type = Optional.empty();
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			type = Optional.of(PDF);
		}
		else if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			type = Optional.of(PNG);
		}
		else if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			type = Optional.of(JPEG);
		}
		else if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return office(content);
		}
		if (type.isPresent() && (OfficeZip.endsWithDirectory(content) || startsLikeMarkup(content))) {
			throw new RuleViolation("reporting.error.file.mixed");
		}
		return type;
	}

	private static Optional<FileType> office(byte[] content) {
		OfficeZip.Inspection zip = OfficeZip.inspect(content);
		if (zip.refused()) {
			return switch (zip.refusal()) {
				case EXPANDS_TOO_MUCH -> throw new RuleViolation("reporting.error.file.zipBomb");
				case MACROS -> throw new RuleViolation("reporting.error.file.macros");
				case NOT_ZIP, TOO_MANY_PARTS, DAMAGED -> Optional.empty();
			};
		}
		boolean word = zip.parts().stream().anyMatch(name -> name.startsWith("word/"));
		boolean excel = zip.parts().stream().anyMatch(name -> name.startsWith("xl/"));
		if (zip.has("[Content_Types].xml") && word != excel) {
			return Optional.of(word ? DOCX : XLSX);
		}
		return Optional.empty();
	}

	/** HTML or SVG in the head of the file, where a browser sniffing the content would find it. */
	private static boolean startsLikeMarkup(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		return MARKUP.stream().anyMatch(head::contains);
	}

	boolean matchesName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
