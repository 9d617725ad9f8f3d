package kz.kenes.reporting.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;

/** The reads of the staff reporting pages, one statement each. */
@Component
class StaffQueries {

	private final JdbcClient jdbc;
	private final Access access;

	StaffQueries(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	record ItemRow(long id, String number, LocalizedText name, LocalizedText lead, LocalizedText direction,
			String lastPeriod, Integer lastYear, Integer lastFirst, Integer lastMonth, String lastStatus,
			boolean executor) {

		public kz.kenes.reporting.ReportPeriod period() {
			return lastYear == null ? null : new kz.kenes.reporting.ReportPeriod(lastYear, lastFirst, lastMonth);
		}
	}

	/**
	 * Items the current user works on: as an executor (REPORTER in, or above, an executor unit) or as a
	 * secretary/member of (or above) the roadmap's branch. ADMIN sees all.
	 */
	List<ItemRow> items() {
		String reporterUnits = arrayLiteral(access.unitsWith(Role.REPORTER));
		String branchUnits = arrayLiteral(java.util.stream.Stream.concat(
				access.unitsWith(Role.SECRETARY).stream(), access.unitsWith(Role.MEMBER).stream()).toList());
		boolean admin = access.isAdmin();
		return jdbc.sql("""
				WITH mine AS (
				    SELECT DISTINCT e.roadmap_item FROM roadmap_item_executor e JOIN org_unit u ON u.id = e.org_unit_id
				     WHERE u.id = ANY(CAST(:reporter AS bigint[]))
				        OR string_to_array(trim(BOTH '/' FROM u.path), '/')::bigint[] && CAST(:reporter AS bigint[])
				)
				SELECT ri.id, ri.number, ri.name_kk, ri.name_ru, COALESCE(ri.name_en, ri.name_ru) AS name_en,
				       lu.name_kk AS l_kk, lu.name_ru AS l_ru, lu.name_en AS l_en,
				       d.name_kk AS d_kk, d.name_ru AS d_ru, d.name_en AS d_en,
				       last.year, last.first_month, last.last_month, last.status,
				       ri.id IN (SELECT roadmap_item FROM mine) AS executor
				  FROM roadmap_item ri
				  JOIN roadmap r ON r.id = ri.roadmap_id
				  JOIN org_unit b ON b.id = r.branch_id
				  LEFT JOIN roadmap_item_executor le ON le.roadmap_item = ri.id AND le.lead
				  LEFT JOIN org_unit lu ON lu.id = le.org_unit_id
				  LEFT JOIN direction d ON d.id = ri.direction_id
				  LEFT JOIN LATERAL (SELECT p.year, p.first_month, p.last_month, p.status FROM period_report p
				                      WHERE p.roadmap_item = ri.id
				                      ORDER BY p.year DESC, p.last_month DESC, p.first_month LIMIT 1) last ON TRUE
				 WHERE :admin OR ri.id IN (SELECT roadmap_item FROM mine)
				    OR b.id = ANY(CAST(:branch AS bigint[]))
				    OR string_to_array(trim(BOTH '/' FROM b.path), '/')::bigint[] && CAST(:branch AS bigint[])
				 ORDER BY ri.roadmap_id, ri.sort_key""")
			.param("reporter", reporterUnits).param("branch", branchUnits).param("admin", admin)
			.query((rs, n) -> new ItemRow(rs.getLong("id"), rs.getString("number"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					new LocalizedText(rs.getString("l_kk"), rs.getString("l_ru"), rs.getString("l_en")),
					new LocalizedText(rs.getString("d_kk"), rs.getString("d_ru"), rs.getString("d_en")), null,
					(Integer) rs.getObject("year"), (Integer) rs.getObject("first_month"),
					(Integer) rs.getObject("last_month"), rs.getString("status"), rs.getBoolean("executor")))
			.list();
	}

	record ReviewRow(long id, long itemId, String number, LocalizedText itemName, LocalizedText executor, int year,
			int firstMonth, int lastMonth, String status, Instant submittedAt) {

		public kz.kenes.reporting.ReportPeriod period() {
			return new kz.kenes.reporting.ReportPeriod(year, firstMonth, lastMonth);
		}
	}

	/** Reports waiting for the current user's review (SECRETARY of, or above, the roadmap's branch). */
	List<ReviewRow> reviewQueue() {
		String units = arrayLiteral(access.unitsWith(Role.SECRETARY));
		return jdbc.sql("""
				SELECT p.id, ri.id AS item, ri.number, ri.name_kk, ri.name_ru, COALESCE(ri.name_en, ri.name_ru) AS name_en,
				       u.name_kk AS u_kk, u.name_ru AS u_ru, u.name_en AS u_en, p.year, p.first_month, p.last_month,
				       p.status, p.submitted_at
				  FROM period_report p
				  JOIN roadmap_item ri ON ri.id = p.roadmap_item
				  JOIN roadmap r ON r.id = ri.roadmap_id
				  JOIN org_unit b ON b.id = r.branch_id
				  JOIN org_unit u ON u.id = p.executor_id
				 WHERE p.status IN ('SUBMITTED', 'RESUBMITTED')
				   AND (:admin OR b.id = ANY(CAST(:units AS bigint[]))
				        OR string_to_array(trim(BOTH '/' FROM b.path), '/')::bigint[] && CAST(:units AS bigint[]))
				 ORDER BY p.submitted_at""")
			.param("units", units).param("admin", access.isAdmin())
			.query((rs, n) -> new ReviewRow(rs.getLong("id"), rs.getLong("item"), rs.getString("number"),
					new LocalizedText(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					new LocalizedText(rs.getString("u_kk"), rs.getString("u_ru"), rs.getString("u_en")),
					rs.getInt("year"), rs.getInt("first_month"), rs.getInt("last_month"), rs.getString("status"),
					rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	/** Org units by id, for partner and winner names. */
	Map<Long, LocalizedText> unitNames() {
		Map<Long, LocalizedText> names = new java.util.HashMap<>();
		jdbc.sql("SELECT id, name_kk, name_ru, name_en FROM org_unit").query((rs, n) -> names.put(rs.getLong(1),
				new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)))).list();
		return names;
	}

	record UnitOption(long id, LocalizedText name) {
	}

	/** Organisations that can be partners or winners: NGOs, departments, councils. */
	List<UnitOption> partnerOptions() {
		return jdbc.sql("""
				SELECT id, name_kk, name_ru, name_en FROM org_unit
				 WHERE kind IN ('NGO', 'DEPARTMENT', 'COUNCIL', 'AKIMAT', 'RURAL_AKIMAT', 'INSTITUTION') ORDER BY kind DESC, name_kk LIMIT 500""")
			.query((rs, n) -> new UnitOption(rs.getLong(1),
					new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
	}

	record HistoryRow(Instant at, String actor, String action, String comment) {
	}

	/** The audited transitions of a report, with the reviewer's comment where there was one. */
	List<HistoryRow> history(long reportId) {
		return jdbc.sql("""
				SELECT at, actor, action, after_state ->> 'reviewerComment' AS comment FROM audit_event
				 WHERE entity_type = 'PeriodReport' AND entity_id = ? ORDER BY at, id""")
			.param(String.valueOf(reportId))
			.query((rs, n) -> new HistoryRow(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"),
					"RETURN".equals(rs.getString("action")) || "REOPEN".equals(rs.getString("action"))
							? rs.getString("comment") : null))
			.list();
	}

	/** A PostgreSQL array literal of ids, bound as one parameter: {1,2,3}. */
	static String arrayLiteral(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	/** A unit that may watch items (a council or a branch where the user is SECRETARY, or one just below it). */
	record WatcherUnit(long id, kz.kenes.i18n.LocalizedText name) {
	}

	/** The units whose watch list the current user keeps: at most 200, by Kazakh name (ADMIN: the top of the tree). */
	List<WatcherUnit> watcherUnits() {
		List<Long> units = access.unitsWith(kz.kenes.identity.Role.SECRETARY);
		if (units.isEmpty() && !access.isAdmin()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT u.id, u.name_kk, u.name_ru, u.name_en FROM org_unit u
				 WHERE u.kind IN ('PARTY', 'REGIONAL_BRANCH', 'CITY_BRANCH', 'DISTRICT_BRANCH', 'COUNCIL', 'BUREAU',
				                  'CONTROL_COMMISSION', 'FACTION', 'MASLIKHAT') -- WatchList.WATCHERS
				   AND (:admin OR u.id = ANY(:units) OR u.parent_id = ANY(:units))
				 ORDER BY u.name_kk LIMIT 200""")
			.param("admin", access.isAdmin() && units.isEmpty()).param("units", units.toArray(Long[]::new))
			.query((rs, n) -> new WatcherUnit(rs.getLong("id"), new kz.kenes.i18n.LocalizedText(
					rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list();
	}
}
