package kz.kenes.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of a user whose access was taken away (disabled, roles or units changed, password changed or
 * reset), on every node at once: sessions are rows in PostgreSQL (Spring Session JDBC, indexed by principal name),
 * so deleting them in the change's own transaction makes the user's next request anonymous wherever it lands.
 */
@Component
class SessionRevocation {

	private final JdbcClient jdbc;

	SessionRevocation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Deletes the user's sessions; when users change their own account, the session they do it in stays (ASVS 3.3.3:
	 * a password change ends the other sessions), the rest go.
	 */
	void endSessionsOf(String username, boolean keepCurrent) {
		String current = keepCurrent ? currentSessionId() : null;
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = ? AND session_id IS DISTINCT FROM ?")
			.params(username, current)
			.update();
	}

	private static String currentSessionId() {
		// never getSessionId(): it would create a session
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return null;
		}
		HttpSession session = request.getRequest().getSession(false);
		return session == null ? null : session.getId();
	}
}
