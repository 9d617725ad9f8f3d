package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence lives under files/, the folder backups save and nodes share; an older data folder's is moved there. */
class EvidenceFolderTest {

	@TempDir
	Path dataDir;

	@Test
	void evidenceOfAnOlderDataFolderIsMovedUnderFilesAndStillOpens() throws Exception {
		String key = UUID.randomUUID().toString();
		new FileSystemEvidenceStorage(dataDir.resolve("evidence")).store(key, "акт".getBytes());

		EvidenceStorage storage = new FileSystemEvidenceStorage.Config().evidenceStorage(dataDir);

		assertThat(dataDir.resolve("evidence")).doesNotExist();
		assertThat(dataDir.resolve("files/evidence")).isDirectory();
		try (var in = storage.open(key)) {
			assertThat(new String(in.readAllBytes())).isEqualTo("акт");
		}
		String another = UUID.randomUUID().toString();
		storage.store(another, new byte[] { 1 });
		assertThat(Files.walk(dataDir.resolve("files/evidence")).filter(Files::isRegularFile).count()).isEqualTo(2);
	}
}
