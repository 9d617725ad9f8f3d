package kz.kenes.identity;

import java.time.OffsetDateTime;

/** One recorded change; before and after are the entity's JSON (null for a creation or a deletion). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String entityType, String entityId, String action,
		String before, String after) {

	/** When, on the clock in Kazakhstan. */
	public java.time.LocalDateTime localTime() {
		return at.atZoneSameInstant(AuditLog.ZONE).toLocalDateTime();
	}
}
