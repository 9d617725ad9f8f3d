package kz.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseUnreachableFailureAnalyzerTest {

	DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer();

	@Test
	void aRefusedConnectionBecomesOneReadableMessage() {
		SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused.", "08001",
				new ConnectException("Connection refused"));
		FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("Failed to initialize flyway",
				new RuntimeException(refused)));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("Kenes cannot reach PostgreSQL at ")
			.contains("Connection to 127.0.0.1:1 refused.");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void otherSqlErrorsAreLeftToTheDefaultReport() {
		SQLException syntax = new SQLException("syntax error at or near \"SELEC\"", "42601");
		assertThat(analyzer.analyze(new RuntimeException(syntax))).isNull();
	}
}
