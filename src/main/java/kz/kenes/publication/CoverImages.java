package kz.kenes.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.platform.ImageMetadata;
import kz.kenes.platform.RuleViolation;

/**
 * Cover images of news items, kept in PostgreSQL (so every app node serves them). The content decides the type,
 * never the file name or the browser's claim: PNG, JPEG or GIF by signature, then the image header must decode
 * with sane dimensions.
 */
@Service
public class CoverImages {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int MAX_SIDE = 8000;

	private final JdbcClient jdbc;
	private final Access access;
	private final AuditTrail audit;

	CoverImages(JdbcClient jdbc, Access access, AuditTrail audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	public record Image(String contentType, byte[] bytes) {
	}

	@Transactional
	long store(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new RuleViolation("publication.image.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new RuleViolation("publication.image.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		String type = sniff(bytes).orElseThrow(() -> new RuleViolation("publication.image.type"));
		// no GPS position, camera or comments in a published picture (JPEG and PNG; turned upright if it said so)
		bytes = ImageMetadata.strip(bytes);
		int[] size = dimensions(bytes);
		long id = jdbc.sql("""
				INSERT INTO news_image (content_type, bytes, width, height, size_bytes, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(type, bytes, size[0], size[1], bytes.length, access.currentUsername())
			.query(Long.class).single();
		audit.record("NewsImage", id, "UPLOAD", null,
				java.util.Map.of("type", type, "width", size[0], "height", size[1], "bytes", bytes.length));
		return id;
	}

	public Optional<Image> find(long id) {
		return jdbc.sql("SELECT content_type, bytes FROM news_image WHERE id = ?").param(id)
			.query((rs, n) -> new Image(rs.getString(1), rs.getBytes(2))).optional();
	}

	static Optional<String> sniff(byte[] b) {
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return Optional.of("image/png");
		}
		if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
			return Optional.of("image/gif");
		}
		return Optional.empty();
	}

	/** Width and height from the image header (without decoding the pixels, so a "pixel bomb" costs nothing). */
	private static int[] dimensions(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new RuleViolation("publication.image.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				int w = reader.getWidth(0);
				int h = reader.getHeight(0);
				if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) {
					throw new RuleViolation("publication.image.dimensions", MAX_SIDE);
				}
				return new int[] { w, h };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation rule) {
				throw rule;
			}
			throw new RuleViolation("publication.image.type");
		}
	}
}
