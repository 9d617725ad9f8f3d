package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * {@code ./kenes backup FILE} and {@code ./kenes restore FILE} as an operator runs them, on the packaged jar: each
 * starts the application on the data folder of {@code KENES_DATA_DIR}, does its work and exits with 0.
 */
class KenesCommandIT {

	@Test
	void aBackupOfOneDataFolderRestoresIntoAnother() throws Exception {
		Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "kenes-command-it-");
		Path backup = work.resolve("backup.zip");

		assertThat(kenes(work.resolve("from"), "backup", backup)).as("exit code; see %s", work).isZero();
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			List<String> entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
			assertThat(entries).contains("tables/org_unit.copy", "tables/roadmap_item.copy");
		}

		assertThat(kenes(work.resolve("into"), "restore", backup)).as("exit code; see %s", work).isZero();
		assertThat(Files.readString(work.resolve("into.log"))).contains("Restored from " + backup.toAbsolutePath());
	}

	private static int kenes(Path dataDir, String command, Path file) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "kenes", command, file.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
		builder.environment().put("KENES_DATA_DIR", dataDir.toAbsolutePath().toString());
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("./kenes " + command + " did not finish within 180 s");
		}
		return process.exitValue();
	}
}
