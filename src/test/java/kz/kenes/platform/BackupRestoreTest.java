package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.kenes.platform.backup.DatabaseBackup;
import kz.kenes.support.KenesTest;

@KenesTest
class BackupRestoreTest {

	@Autowired
	DataSource dataSource;

	@Value("${kenes.data-dir}")
	Path dataDir;

	@Test
	void aRestoreIntoAnEmptyDatabaseBringsBackEveryRowAndFile(@TempDir Path restoredFiles) throws Exception {
		Path evidence = dataDir.resolve("files/evidence/2024/report-1.pdf");
		Files.createDirectories(evidence.getParent());
		Files.write(evidence, "%PDF-1.7 Kazakh: Әә Ғғ Ққ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		new DatabaseBackup(dataSource, dataDir.resolve("files")).backup(zip);
		Map<String, String> original = checksums(dataSource);
		assertThat(original).containsKeys("org_unit", "app_user", "audit_event");

		try (EmbeddedPostgres empty = EmbeddedPostgres.builder().start()) {
			DataSource target = empty.getPostgresDatabase();
			Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
			new DatabaseBackup(target, restoredFiles).restore(new ByteArrayInputStream(zip.toByteArray()));

			assertThat(checksums(target)).isEqualTo(original);
			assertThat(restoredFiles.resolve("evidence/2024/report-1.pdf")).hasSameBinaryContentAs(evidence);
			long nextUserId = JdbcClient.create(target).sql("SELECT nextval('app_user_id_seq')").query(Long.class).single();
			long maxUserId = JdbcClient.create(dataSource).sql("SELECT max(id) FROM app_user").query(Long.class).single();
			assertThat(nextUserId).as("sequences continue after the restored rows").isGreaterThan(maxUserId);
		}
	}

	@Test
	void aBackupOfAnotherSchemaVersionIsRefusedAndChangesNothing() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		new DatabaseBackup(dataSource, dataDir.resolve("files")).backup(zip);
		try (EmbeddedPostgres older = EmbeddedPostgres.builder().start()) {
			DataSource target = older.getPostgresDatabase();
			Flyway.configure().dataSource(target).locations("classpath:db/migration").target("1.2").load().migrate();
			JdbcClient.create(target).sql("INSERT INTO org_unit (kind, name_kk, name_ru, name_en) VALUES ('PARTY', 'а', 'а', 'a')").update();
			assertThatThrownBy(() -> new DatabaseBackup(target, dataDir.resolve("other-files"))
				.restore(new ByteArrayInputStream(zip.toByteArray()))).hasMessageContaining("schema version");
			assertThat(JdbcClient.create(target).sql("SELECT count(*) FROM org_unit").query(Long.class).single())
				.isEqualTo(1);
		}
	}

	/** Per table: row count and an md5 of all rows in a fixed order (not the page cache's version: a restore moves it on). */
	private static Map<String, String> checksums(DataSource db) {
		JdbcClient jdbc = JdbcClient.create(db);
		Map<String, String> sums = new LinkedHashMap<>();
		for (String table : jdbc.sql("""
				SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('flyway_schema_history', 'public_content_version')
				ORDER BY tablename""").query(String.class).list()) {
			sums.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
					+ table + " t").query(String.class).single());
		}
		return sums;
	}
}
