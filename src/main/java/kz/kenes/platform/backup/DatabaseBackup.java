package kz.kenes.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A logical backup of Kenes: every table's rows (PostgreSQL COPY, one consistent snapshot) and the files folder,
 * in one zip. Restore loads it into a database migrated to the same schema version, replacing its rows, in one
 * transaction. Written in Java because the embedded PostgreSQL ships no pg_dump and a client older than the
 * server cannot dump it.
 */
public class DatabaseBackup {

	static final String SCHEMA_VERSION_ENTRY = "schema-version.txt";
	private static final String TABLES = "tables/";
	private static final String FILES = "files/";

	private final DataSource dataSource;
	private final Path filesDir;

	public DatabaseBackup(DataSource dataSource, Path filesDir) {
		this.dataSource = dataSource;
		this.filesDir = filesDir;
	}

	public void backup(OutputStream out) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection(); ZipOutputStream zip = new ZipOutputStream(out)) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSourceAdapter(connection));
			zip.putNextEntry(new ZipEntry(SCHEMA_VERSION_ENTRY));
			zip.write(schemaVersion(jdbc).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : tablesInLoadOrder(jdbc)) {
				zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
				copy.copyOut("COPY " + quote(table) + " TO STDOUT (FORMAT binary)", new NonClosing(zip));
			}
			connection.commit();
			if (Files.isDirectory(filesDir)) {
				try (Stream<Path> files = Files.walk(filesDir)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						zip.putNextEntry(new ZipEntry(FILES + filesDir.relativize(file).toString().replace('\\', '/')));
						Files.copy(file, zip);
					}
				}
			}
		}
	}

	/** Replaces every row (and the files folder) with the backup's; all or nothing for the database. */
	public void restore(InputStream in) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection(); ZipInputStream zip = new ZipInputStream(in)) {
			connection.setAutoCommit(false);
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSourceAdapter(connection));
			List<String> tables = tablesInLoadOrder(jdbc);
			Set<String> restored = new LinkedHashSet<>();
			// The backup already holds what triggers derive (progress rows, versions): load it as it was.
			tables.forEach(t -> jdbc.sql("ALTER TABLE " + quote(t) + " DISABLE TRIGGER USER").update());
			jdbc.sql("TRUNCATE " + String.join(", ", tables.stream().map(DatabaseBackup::quote).toList()) + " CASCADE")
				.update();
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Path staging = Files.createTempDirectory("kenes-restore-files");
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String name = entry.getName();
				if (name.equals(SCHEMA_VERSION_ENTRY)) {
					String version = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
					if (!version.equals(schemaVersion(jdbc))) {
						throw new IllegalStateException("The backup is of schema version " + version
								+ " but this database is at " + schemaVersion(jdbc) + ": migrate first");
					}
				}
				else if (name.startsWith(TABLES)) {
					String table = name.substring(TABLES.length(), name.length() - ".copy".length());
					if (!tables.contains(table)) {
						throw new IllegalStateException("The backup holds an unknown table " + table);
					}
					copy.copyIn("COPY " + quote(table) + " FROM STDIN (FORMAT binary)", new NonClosingInput(zip));
					restored.add(table);
				}
				else if (name.startsWith(FILES)) {
					Path target = staging.resolve(name.substring(FILES.length())).normalize();
					if (!target.startsWith(staging)) {
						throw new IllegalStateException("Refusing a file outside the files folder: " + name);
					}
					Files.createDirectories(target.getParent());
					Files.copy(zip, target);
				}
			}
			resetSequences(jdbc);
			// A number neither side had (the clock in ms runs ahead of any count of commits): no node's cached page
			// passes for the restored data.
			jdbc.sql("""
					UPDATE public_content_version
					   SET version = GREATEST(version + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint),
					       changed_at = now()""").update();
			tables.forEach(t -> jdbc.sql("ALTER TABLE " + quote(t) + " ENABLE TRIGGER USER").update());
			connection.commit();
			replaceFiles(staging);
		}
	}

	private void replaceFiles(Path staging) throws IOException {
		if (Files.isDirectory(filesDir)) {
			try (Stream<Path> old = Files.walk(filesDir)) {
				old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
					try {
						Files.delete(p);
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
		}
		Files.createDirectories(filesDir.getParent() == null ? filesDir : filesDir.getParent());
		try (Stream<Path> files = Files.walk(staging)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = filesDir.resolve(staging.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.move(file, target);
			}
		}
	}

	static String schemaVersion(JdbcClient jdbc) {
		return jdbc.sql("SELECT coalesce(max(version), '') FROM flyway_schema_history WHERE success AND version IS NOT NULL")
			.query(String.class).single();
	}

	/** Every application table, parents before children (by foreign keys), so that a load checks cleanly. */
	static List<String> tablesInLoadOrder(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
				ORDER BY tablename""").query(String.class).list();
		Map<String, List<String>> parents = new HashMap<>();
		jdbc.sql("""
				SELECT child.relname, parent.relname FROM pg_constraint c
				JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
				JOIN pg_namespace n ON n.oid = child.relnamespace
				WHERE c.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid""")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> parents.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		List<String> ordered = new ArrayList<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String table : tables) {
			visit(table, parents, ordered, visiting);
		}
		return ordered;
	}

	private static void visit(String table, Map<String, List<String>> parents, List<String> ordered,
			Set<String> visiting) {
		if (ordered.contains(table) || !visiting.add(table)) {
			return;
		}
		for (String parent : parents.getOrDefault(table, List.of())) {
			visit(parent, parents, ordered, visiting);
		}
		ordered.add(table);
	}

	private static void resetSequences(JdbcClient jdbc) {
		jdbc.sql("""
				SELECT c.table_name, c.column_name FROM information_schema.columns c
				WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval(%'""")
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.forEach(tc -> jdbc.sql("SELECT setval(pg_get_serial_sequence(:t, :c), coalesce((SELECT max(" + quote(tc[1])
					+ ") FROM " + quote(tc[0]) + "), 0) + 1, false)").param("t", tc[0]).param("c", tc[1]).query().singleRow());
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** COPY closes its stream when done; a zip entry must stay open for the next one. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	private static final class NonClosingInput extends java.io.FilterInputStream {

		NonClosingInput(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}
	}
}
