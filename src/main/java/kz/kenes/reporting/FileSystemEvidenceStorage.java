package kz.kenes.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Evidence files in {@code <kenes.data-dir>/files/evidence/<k>/<key>}; keys are generated, never user input. Under
 * {@code files/}, the folder {@code ./kenes backup} saves and several app nodes share.
 */
class FileSystemEvidenceStorage implements EvidenceStorage {

	private static final Pattern KEY = Pattern.compile("[a-f0-9-]{36}");

	private final Path root;

	FileSystemEvidenceStorage(Path root) {
		this.root = root;
	}

	@Override
	public void store(String key, byte[] content) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
		Files.write(temp, content);
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Bad storage key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@ConditionalOnMissingBean(EvidenceStorage.class)
		EvidenceStorage evidenceStorage(@Value("${kenes.data-dir:./data}") Path dataDir) throws IOException {
			Path root = dataDir.resolve("files").resolve("evidence").toAbsolutePath();
			// Data folders from before evidence moved under files/ (which backups save): move it there once.
			Path before = dataDir.resolve("evidence").toAbsolutePath();
			if (Files.isDirectory(before) && !Files.exists(root)) {
				Files.createDirectories(root.getParent());
				Files.move(before, root);
			}
			return new FileSystemEvidenceStorage(root);
		}
	}
}
