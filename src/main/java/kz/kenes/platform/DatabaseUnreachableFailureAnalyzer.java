package kz.kenes.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database is not there" into one readable message instead of a wall of stack traces.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (!isConnectionFailure(cause)) {
			return null;
		}
		String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL",
				System.getProperty("spring.datasource.url", "(spring.datasource.url)"));
		return new FailureAnalysis("Kenes cannot reach PostgreSQL at " + url + ": " + cause.getMessage(),
				"Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, "
						+ "or unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL.",
				cause);
	}

	private static boolean isConnectionFailure(SQLException e) {
		if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
			return true;
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}
}
