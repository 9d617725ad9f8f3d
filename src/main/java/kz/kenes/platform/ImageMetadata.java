package kz.kenes.platform;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Takes out of a JPEG or PNG everything but the picture before it is stored: EXIF (GPS position, camera, time),
 * XMP, IPTC/Photoshop (APP13), comments, PNG text chunks (tEXt, zTXt, iTXt) and eXIf, and anything after the
 * image's end. The segments that draw the picture stay as they were (JFIF, the ICC colour profile, Adobe's colour
 * transform, tables, frames, scans), so a photo is not re-compressed; only a photo that says it must be turned
 * (EXIF orientation other than 1) is decoded, turned and encoded again, since its orientation goes with the EXIF.
 * Other content is returned as it is.
 */
public final class ImageMetadata {

	/** JPEG application segments that draw: APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour transform). */
	private static final Set<Integer> KEPT_APP = Set.of(0xE0, 0xE2, 0xEE);
	private static final Set<String> PNG_TEXT = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
	private static final float JPEG_QUALITY = 0.92f;

	private ImageMetadata() {
	}

	/** The image without metadata (turned upright if its EXIF said so); other content unchanged. */
	public static byte[] strip(byte[] content) {
		if (isJpeg(content)) {
			Stripped stripped = jpeg(content);
			return stripped.orientation() == 1 ? stripped.bytes() : turned(stripped.bytes(), stripped.orientation(), "jpeg");
		}
		if (isPng(content)) {
			Stripped stripped = png(content);
			return stripped.orientation() == 1 ? stripped.bytes() : turned(stripped.bytes(), stripped.orientation(), "png");
		}
		return content;
	}

	private record Stripped(byte[] bytes, int orientation) {
	}

	static boolean isJpeg(byte[] b) {
		return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
	}

	static boolean isPng(byte[] b) {
		return b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == '\r'
				&& b[5] == '\n' && b[6] == 0x1A && b[7] == '\n';
	}

	/** Segment by segment; what cannot be read as a segment (a cut or damaged file) is not kept. */
	private static Stripped jpeg(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(0xFF);
		out.write(0xD8);
		int orientation = 1;
		int i = 2;
		while (i + 1 < b.length) {
			if ((b[i] & 0xFF) != 0xFF) {
				break; // not a marker where one must be
			}
			int marker = b[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++; // fill byte
				continue;
			}
			if (marker == 0xD9) { // end of image: whatever follows (a phone's trailer) is not kept
				out.write(0xFF);
				out.write(0xD9);
				break;
			}
			if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
				out.write(b, i, 2);
				i += 2;
				continue;
			}
			if (i + 3 >= b.length) {
				break;
			}
			int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			int end = i + 2 + length;
			if (length < 2 || end > b.length) {
				break;
			}
			boolean app = marker >= 0xE0 && marker <= 0xEF;
			if (marker == 0xE1 && length >= 8 && b[i + 4] == 'E' && b[i + 5] == 'x' && b[i + 6] == 'i' && b[i + 7] == 'f') {
				orientation = orientation(b, i + 10, end - (i + 10));
			}
			if ((!app || KEPT_APP.contains(marker)) && marker != 0xFE) {
				out.write(b, i, end - i);
			}
			i = end;
			if (marker == 0xDA) { // a scan: its entropy-coded data runs to the next marker that is not data
				int data = i;
				while (i + 1 < b.length && !((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) != 0
						&& !((b[i + 1] & 0xFF) >= 0xD0 && (b[i + 1] & 0xFF) <= 0xD7) && (b[i + 1] & 0xFF) != 0xFF)) {
					i++;
				}
				if (i + 1 >= b.length) {
					i = b.length;
				}
				out.write(b, data, i - data);
			}
		}
		return new Stripped(out.toByteArray(), orientation);
	}

	/** Chunk by chunk up to IEND; a chunk cut short ends the file there. */
	private static Stripped png(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(b, 0, 8);
		int orientation = 1;
		int i = 8;
		while (i + 8 <= b.length) {
			long length = ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
			long end = i + 12 + length;
			if (end > b.length) {
				break;
			}
			if (type.equals("eXIf")) {
				orientation = orientation(b, i + 8, (int) length);
			}
			if (!PNG_TEXT.contains(type)) {
				out.write(b, i, (int) (end - i));
			}
			i = (int) end;
			if (type.equals("IEND")) {
				break;
			}
		}
		return new Stripped(out.toByteArray(), orientation);
	}

	/** The EXIF orientation (1 to 8) in TIFF data at {@code offset}, 1 when it says none or cannot be read. */
	static int orientation(byte[] b, int offset, int length) {
		if (offset < 0 || length < 8 || offset + length > b.length) {
			return 1;
		}
		boolean little;
		if (b[offset] == 'I' && b[offset + 1] == 'I') {
			little = true;
		}
		else if (b[offset] == 'M' && b[offset + 1] == 'M') {
			little = false;
		}
		else {
			return 1;
		}
		long ifd = u32(b, offset + 4, little);
		if (ifd < 8 || ifd + 2 > length) {
			return 1;
		}
		int entries = u16(b, offset + (int) ifd, little);
		for (int e = 0; e < entries; e++) {
			int entry = offset + (int) ifd + 2 + 12 * e;
			if (entry + 12 > offset + length) {
				break;
			}
			if (u16(b, entry, little) == 0x0112) {
				int value = u16(b, entry + 8, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static int u16(byte[] b, int i, boolean little) {
		return little ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
	}

	private static long u32(byte[] b, int i, boolean little) {
		return little ? (u16(b, i, true) | (long) u16(b, i + 2, true) << 16)
				: ((long) u16(b, i, false) << 16 | u16(b, i + 2, false));
	}

	/**
	 * The picture turned upright as its orientation says (2 mirrored, 3 upside down, 4 flipped, 5 transposed, 6 turned
	 * a quarter clockwise, 7 transversed, 8 a quarter counter-clockwise) and encoded again without metadata; the
	 * stripped bytes as they are when the picture cannot be decoded.
	 */
	private static byte[] turned(byte[] stripped, int orientation, String format) {
		BufferedImage source;
		try {
			source = ImageIO.read(new ByteArrayInputStream(stripped));
		}
		catch (IOException | RuntimeException undecodable) {
			return stripped;
		}
		if (source == null) {
			return stripped;
		}
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> {
				t.translate(w, 0);
				t.scale(-1, 1);
			}
			case 3 -> {
				t.translate(w, h);
				t.rotate(Math.PI);
			}
			case 4 -> {
				t.translate(0, h);
				t.scale(1, -1);
			}
			case 5 -> {
				t.rotate(Math.PI / 2);
				t.scale(1, -1);
			}
			case 6 -> {
				t.translate(h, 0);
				t.rotate(Math.PI / 2);
			}
			case 7 -> {
				t.translate(h, w);
				t.rotate(Math.PI / 2);
				t.scale(-1, 1);
			}
			case 8 -> {
				t.translate(0, w);
				t.rotate(-Math.PI / 2);
			}
			default -> {
				return stripped;
			}
		}
		boolean alpha = source.getColorModel().hasAlpha() && format.equals("png");
		BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = upright.createGraphics();
		try {
			g.drawImage(source, t, null);
		}
		finally {
			g.dispose();
		}
		try {
			return encode(upright, format);
		}
		catch (IOException e) {
			return stripped;
		}
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
