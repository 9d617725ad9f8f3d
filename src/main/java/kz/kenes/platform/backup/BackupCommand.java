package kz.kenes.platform.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./kenes backup FILE} and {@code ./kenes restore FILE}: run with {@code --kenes.backup.to=FILE} or
 * {@code --kenes.restore.from=FILE}, the application does that before anything else (demo data included) and exits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final DatabaseBackup backup;
	private final ApplicationContext context;
	private final String backupTo;
	private final String restoreFrom;

	BackupCommand(DataSource dataSource, ApplicationContext context, @Value("${kenes.data-dir:./data}") Path dataDir,
			@Value("${kenes.backup.to:}") String backupTo, @Value("${kenes.restore.from:}") String restoreFrom) {
		this.backup = new DatabaseBackup(dataSource, dataDir.resolve("files"));
		this.context = context;
		this.backupTo = backupTo;
		this.restoreFrom = restoreFrom;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!backupTo.isBlank()) {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(backupTo)))) {
				backup.backup(out);
			}
			log.info("Backup written to {}", backupTo);
			exit();
		}
		else if (!restoreFrom.isBlank()) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(restoreFrom)))) {
				backup.restore(in);
			}
			log.info("Restored from {}", restoreFrom);
			exit();
		}
	}

	private void exit() {
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
