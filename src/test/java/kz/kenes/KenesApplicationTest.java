package kz.kenes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packaged jar's start on Spring AOT's generated code is checked by PackagedJarIT, on the jar itself. */
class KenesApplicationTest {

	@Test
	void classesInAFolderStartTheUsualWay() {
		assertThat(KenesApplication.class.getProtectionDomain().getCodeSource().getLocation().getPath())
			.endsWith("/classes/");
		assertThat(KenesApplication.runsFromBuiltJar()).isFalse();
	}
}
