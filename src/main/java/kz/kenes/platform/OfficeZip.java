package kz.kenes.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks inside an uploaded Office Open XML file (XLSX, DOCX: a zip of XML parts) before anything parses it, and
 * refuses what must never be opened: not a zip, too many parts, parts that inflate to far more than they weigh (a
 * zip bomb, including one whose header lies about its size) and macro-enabled documents (.xlsm, .docm content
 * under any name) and damaged parts (a CRC-32 that does not match: a flipped bit in a compressed part still
 * inflates, to different text, and POI does not check). Inflation is counted and stopped at the limit, so a bomb is
 * never read in full.
 */
public final class OfficeZip {

	/** Why a file is refused; each caller words it in its own module's messages. */
	public enum Refusal {
		NOT_ZIP, TOO_MANY_PARTS, EXPANDS_TOO_MUCH, MACROS,
		/** A part's bytes do not match its CRC-32: damaged on the way (zip readers inflate it regardless). */
		DAMAGED
	}

	/** The part names (when readable) and the refusal, null when the file may be opened. */
	public record Inspection(Set<String> parts, Refusal refusal) {

		public boolean refused() {
			return refusal != null;
		}

		public boolean has(String part) {
			return parts.contains(part);
		}
	}

	private static final int MAX_PARTS = 1000;
	/** One part may inflate to at most 200 MB, all of them to 400 MB. */
	private static final long MAX_PART_BYTES = 200L * 1024 * 1024;
	private static final long MAX_TOTAL_BYTES = 400L * 1024 * 1024;
	/** Beyond its first megabyte a part may be at most 100 times its compressed size (POI's guard agrees). */
	private static final long RATIO = 100;
	private static final long RATIO_GRACE = 1024 * 1024;
	private static final long MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
	private static final int MAX_COMMENT = 0xFFFF;

	private OfficeZip() {
	}

	public static Inspection inspect(byte[] content) {
		Set<String> parts = new LinkedHashSet<>();
		if (!endsWithDirectory(content)) {
			// cut short, or something riding after the archive (zip readers would skip it silently)
			return new Inspection(parts, Refusal.NOT_ZIP);
		}
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			long total = 0;
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (parts.size() >= MAX_PARTS) {
					return new Inspection(parts, Refusal.TOO_MANY_PARTS);
				}
				parts.add(entry.getName());
				if (isMacro(entry.getName())) {
					return new Inspection(parts, Refusal.MACROS);
				}
				long declared = entry.getSize();
				if (declared > MAX_PART_BYTES || tooDense(declared, entry.getCompressedSize())) {
					return new Inspection(parts, Refusal.EXPANDS_TOO_MUCH);
				}
				CRC32 crc = new CRC32();
				long actual = inflatedSize(zip, entry, Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - total), crc);
				// a header that understates the size is a bomb in disguise
				if (actual < 0 || (declared >= 0 && actual > declared) || tooDense(actual, entry.getCompressedSize())) {
					return new Inspection(parts, Refusal.EXPANDS_TOO_MUCH);
				}
				if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
					return new Inspection(parts, Refusal.DAMAGED);
				}
				total += actual;
				if (entry.getName().equals("[Content_Types].xml") && declaresMacros(zip, entry)) {
					return new Inspection(parts, Refusal.MACROS);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// commons-compress reports a malformed archive with IOExceptions and a few unchecked ones
			return new Inspection(parts, Refusal.NOT_ZIP);
		}
		return new Inspection(Set.copyOf(parts), null);
	}

	/**
	 * Whether the bytes end with a zip's end-of-central-directory record (and its comment, if any): true for a
	 * zip, and for anything with a zip appended.
	 */
	public static boolean endsWithDirectory(byte[] content) {
		int from = Math.max(0, content.length - MAX_COMMENT - 22);
		for (int i = content.length - 22; i >= from; i--) {
			if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
				int commentLength = (content[i + 20] & 0xFF) | (content[i + 21] & 0xFF) << 8;
				if (i + 22 + commentLength == content.length) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isMacro(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml") || n.endsWith("vbaprojectsignature.bin");
	}

	private static boolean tooDense(long size, long compressed) {
		return size > RATIO_GRACE && size > Math.max(compressed, 1) * RATIO;
	}

	/** The entry's real inflated size, or -1 once it passes the limit (reading stops there); sums up its CRC-32. */
	private static long inflatedSize(ZipFile zip, ZipArchiveEntry entry, long limit, CRC32 crc) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			if (in == null) {
				throw new IOException("unsupported entry " + entry.getName());
			}
			for (int n; (n = in.read(buffer)) > 0;) {
				size += n;
				if (size > limit) {
					return -1;
				}
				crc.update(buffer, 0, n);
			}
		}
		return size;
	}

	/** .xlsm/.docm main parts announce themselves in the content types, whatever the file is called. */
	private static boolean declaresMacros(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			String types = new String(in.readNBytes((int) MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8)
				.toLowerCase(Locale.ROOT);
			return types.contains("macroenabled") || types.contains("vbaproject");
		}
	}
}
