package kz.kenes.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of every change: who, when, which entity, and its state before and after (as JSON).
 * Written in the caller's transaction, so a change and its record are saved or rolled back together.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Access access;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Access access) {
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, Object entityId, String action, Object before, Object after) {
		record(entityType, entityId, action, before, after, null);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, Object entityId, String action, Object before, Object after,
			Long regionId) {
		jdbc.sql("""
				INSERT INTO audit_event (actor, entity_type, entity_id, action, before_state, after_state, region_id)
				VALUES (:actor, :type, :id, :action, CAST(:before AS jsonb), CAST(:after AS jsonb), :region)""")
			.param("actor", access.currentUsername())
			.param("type", entityType)
			.param("id", String.valueOf(entityId))
			.param("action", action)
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.param("region", regionId)
			.update();
	}
}
