package kz.kenes.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Rows streamed into one table with PostgreSQL {@code COPY ... FROM STDIN} (text format), flushed every few MB. */
final class Copy implements AutoCloseable {

	private static final int FLUSH_AT = 8 << 20;

	private final CopyManager copy;
	private final String sql;
	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
	private final java.util.List<Copy> parents = new java.util.ArrayList<>();
	private long rows;

	Copy(Connection connection, String table, String... columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
	}

	/** Rows of this table reference rows of these: they are flushed first, so foreign keys check out. */
	Copy after(Copy... parentTables) {
		parents.addAll(java.util.List.of(parentTables));
		return this;
	}

	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			append(values[i]);
		}
		buffer.append('\n');
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return rows;
	}

	private void append(Object value) {
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof String s) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> buffer.append("\\\\");
					case '\t' -> buffer.append("\\t");
					case '\n' -> buffer.append("\\n");
					case '\r' -> buffer.append("\\r");
					default -> buffer.append(c);
				}
			}
		}
		else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
				|| value instanceof Number || value instanceof Boolean || value instanceof BigDecimal) {
			buffer.append(value);
		}
		else {
			throw new IllegalArgumentException("Unsupported COPY value " + value.getClass());
		}
	}

	private void flush() {
		parents.forEach(Copy::flush);
		if (buffer.isEmpty()) {
			return;
		}
		try {
			copy.copyIn(sql, new StringReader(buffer.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
		buffer.setLength(0);
	}

	@Override
	public void close() {
		flush();
	}
}
