package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.support.KenesTest;
import kz.kenes.support.TaggedImages;

/** A news cover keeps its picture and loses where and with what it was taken (rolled back after each test). */
@KenesTest
@Transactional
@WithUserDetails("secretary")
class CoverImageMetadataTest {

	@Autowired
	CoverImages images;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoverPhotoIsStoredWithoutExifAndUpright() {
		long id = images.store(TaggedImages.jpegWithGps(40, 20, 6));
		byte[] stored = images.find(id).orElseThrow().bytes();
		assertThat(TaggedImages.contains(stored, "Exif")).isFalse();
		assertThat(TaggedImages.contains(stored, TaggedImages.CAMERA)).isFalse();
		assertThat(TaggedImages.contains(stored, TaggedImages.PLACE)).isFalse();
		BufferedImage upright = TaggedImages.decoded(stored);
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		assertThat(jdbc.sql("SELECT width || 'x' || height || ' ' || size_bytes FROM news_image WHERE id = ?").param(id)
			.query(String.class).single()).isEqualTo("20x40 " + stored.length);
	}

	@Test
	void aCoverPngLosesItsTextChunks() {
		long id = images.store(TaggedImages.pngWithText(30, 10));
		byte[] stored = images.find(id).orElseThrow().bytes();
		assertThat(TaggedImages.contains(stored, "tEXt")).isFalse();
		assertThat(TaggedImages.contains(stored, TaggedImages.PLACE)).isFalse();
		assertThat(TaggedImages.decoded(stored).getWidth()).isEqualTo(30);
	}
}
