package kz.kenes.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Photos as a phone leaves them: a JPEG whose EXIF holds the camera ({@link #CAMERA}), a GPS position
 * ({@link #LATITUDE_REF} 43° 14' 30") and an orientation, a PNG with a text chunk naming the place ({@link #PLACE}).
 * The picture is red on its left half and blue on its right, so that turning it shows.
 */
public final class TaggedImages {

	public static final String CAMERA = "KenesCam";
	public static final String LATITUDE_REF = "N";
	public static final String PLACE = "Shot at 43.238949N 76.889709E";

	private TaggedImages() {
	}

	public static BufferedImage halves(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	public static byte[] encoded(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static BufferedImage decoded(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A JPEG with an EXIF APP1 segment (camera, orientation, GPS latitude) right after its start. */
	public static byte[] jpegWithGps(int width, int height, int orientation) {
		byte[] jpeg = encoded(halves(width, height), "jpeg");
		byte[] tiff = exif(orientation);
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(app1.array());
		// and a comment, as some cameras write
		byte[] comment = ("COM " + PLACE).getBytes(StandardCharsets.US_ASCII);
		out.write(0xFF);
		out.write(0xFE);
		out.write((comment.length + 2) >> 8);
		out.write((comment.length + 2) & 0xFF);
		out.writeBytes(comment);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** Big-endian TIFF: IFD0 with Make, Orientation and a GPS IFD pointer; the GPS IFD with a latitude. */
	private static byte[] exif(int orientation) {
		ByteBuffer t = ByteBuffer.allocate(114);
		t.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		t.putShort((short) 3);
		t.putShort((short) 0x010F).putShort((short) 2).putInt(CAMERA.length() + 1).putInt(50);
		t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(60);
		t.putInt(0);
		t.position(50);
		t.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII));
		t.position(60);
		t.putShort((short) 2);
		t.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		t.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(90);
		t.putInt(0);
		t.position(90);
		t.putInt(43).putInt(1).putInt(14).putInt(1).putInt(3000).putInt(100);
		return t.array();
	}

	/** A PNG with a tEXt chunk (the place) right after its header chunk. */
	public static byte[] pngWithText(int width, int height) {
		byte[] png = encoded(halves(width, height), "png");
		byte[] data = ("Comment\0" + PLACE).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		int afterHeader = 8 + 12 + 13;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterHeader);
		out.writeBytes(chunk.array());
		out.write(png, afterHeader, png.length - afterHeader);
		return out.toByteArray();
	}

	public static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}
}
