package kz.kenes.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;

/** Read models of party control; a list with its members and recommendations takes three queries. */
@Component
public class ControlQueries {

	private static final String VISIT = """
			SELECT v.*, c.name_kk AS c_kk, c.name_ru AS c_ru, c.name_en AS c_en,
			       b.name_kk AS b_kk, b.name_ru AS b_ru, b.name_en AS b_en,
			       s.name_kk AS s_kk, s.name_ru AS s_ru, s.name_en AS s_en
			FROM monitoring_visit v JOIN org_unit c ON c.id = v.commission_id JOIN org_unit b ON b.id = v.branch_id
			LEFT JOIN org_unit s ON s.id = v.subject_unit_id
			""";

	private static final String IN_SCOPE = """
			EXISTS (SELECT 1 FROM org_unit g WHERE g.id IN (:scope)
			        AND (c.id = g.id OR c.path LIKE g.path || g.id || '/%'))""";

	private final JdbcClient jdbc;
	private final Access access;
	private final Clock clock;


	ControlQueries(JdbcClient jdbc, Access access, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.access = access;
	}

	/** Visits of the commissions the current user keeps or sits on, in a period, newest first. */
	public List<VisitView> visits(LocalDate from, LocalDate to, int limit) {
		List<Long> scope = new ArrayList<>(access.unitsWith(Role.SECRETARY));
		scope.addAll(access.unitsWith(Role.MEMBER));
		if (!access.isAdmin() && scope.isEmpty()) {
			return List.of();
		}
		return visits(jdbc.sql(VISIT + " WHERE " + (access.isAdmin() ? "TRUE" : IN_SCOPE)
				+ " AND v.visited_on BETWEEN :from AND :to ORDER BY v.visited_on DESC, v.id DESC LIMIT :limit")
			.param("scope", scope.isEmpty() ? List.of(-1L) : scope).param("from", from).param("to", to)
			.param("limit", limit));
	}

	public VisitView staffVisit(long id) {
		VisitView visit = visits(jdbc.sql(VISIT + " WHERE v.id = :id").param("id", id)).stream().findFirst()
			.orElseThrow(() -> new NoSuchElementException("visit " + id));
		boolean allowed = access.canAny(visit.commissionId(), Role.SECRETARY, Role.MEMBER)
				|| visit.recommendations().stream().anyMatch(r -> access.can(Role.REPORTER, r.executorId()));
		if (!allowed) {
			throw new AccessDeniedException("visit " + id);
		}
		return visit;
	}

	/** Recommendations assigned to the units the current user reports for (open ones first). */
	public List<RecommendationView> assignedToMe(int limit) {
		List<Long> scope = access.unitsWith(Role.REPORTER);
		if (scope.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT r.*, e.name_kk, e.name_ru, e.name_en FROM recommendation r JOIN org_unit e ON e.id = r.executor_id
				WHERE EXISTS (SELECT 1 FROM org_unit g WHERE g.id IN (:scope)
				              AND (e.id = g.id OR e.path LIKE g.path || g.id || '/%'))
				ORDER BY (r.status = 'FULFILLED'), r.due_date LIMIT :limit""")
			.param("scope", scope).param("limit", limit).query(this::recommendationRow).list();
	}

	/**
	 * Issued and fulfilled recommendations per branch for visits in a period (public figures, no names); one query
	 * for all branches.
	 */
	public List<ControlSummary> summaries(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT b.id, b.name_kk, b.name_ru, b.name_en,
				       count(DISTINCT v.id) AS visits,
				       count(r.id) AS issued,
				       count(r.id) FILTER (WHERE r.status = 'REPORTED') AS reported,
				       count(r.id) FILTER (WHERE r.status = 'FULFILLED') AS fulfilled,
				       count(r.id) FILTER (WHERE r.status <> 'FULFILLED' AND r.due_date < CURRENT_DATE) AS overdue
				FROM monitoring_visit v JOIN org_unit b ON b.id = v.branch_id
				LEFT JOIN recommendation r ON r.visit_id = v.id
				WHERE v.visited_on BETWEEN :from AND :to
				GROUP BY b.id, b.name_kk, b.name_ru, b.name_en ORDER BY b.name_kk""")
			.param("from", from).param("to", to)
			.query((rs, n) -> new ControlSummary(rs.getLong("id"), text(rs, "name"), from, to, rs.getLong("visits"),
					rs.getLong("issued"), rs.getLong("reported"), rs.getLong("fulfilled"), rs.getLong("overdue")))
			.list();
	}

	/**
	 * Visits and recommendations by branch, year and kind: single visits (by the year of the visit) plus period totals,
	 * added up; one query. {@code branchId} and {@code year} narrow it when given. Public figures, no names.
	 */
	public List<ControlCount> counts(Long branchId, Integer year) {
		return jdbc.sql("""
				WITH single AS (
				    SELECT v.branch_id, CAST(extract(YEAR FROM v.visited_on) AS INT) AS year, v.visit_type,
				           count(DISTINCT v.id) AS visits, count(r.id) AS issued,
				           count(r.id) FILTER (WHERE r.status = 'FULFILLED') AS fulfilled
				    FROM monitoring_visit v LEFT JOIN recommendation r ON r.visit_id = v.id
				    WHERE (CAST(:branch AS BIGINT) IS NULL OR v.branch_id = :branch)
				      AND (CAST(:year AS INT) IS NULL OR v.visited_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31))
				    GROUP BY 1, 2, 3),
				totals AS (
				    SELECT p.branch_id, p.year, p.visit_type, sum(p.visits) AS visits,
				           sum(p.recommendations_issued) AS issued, sum(p.recommendations_fulfilled) AS fulfilled
				    FROM control_period_count p
				    WHERE (CAST(:branch AS BIGINT) IS NULL OR p.branch_id = :branch)
				      AND (CAST(:year AS INT) IS NULL OR p.year = :year)
				    GROUP BY 1, 2, 3)
				SELECT b.id, b.name_kk, b.name_ru, b.name_en, c.year, c.visit_type, sum(c.visits) AS visits,
				       sum(c.issued) AS issued, sum(c.fulfilled) AS fulfilled
				FROM (SELECT * FROM single UNION ALL SELECT * FROM totals) c JOIN org_unit b ON b.id = c.branch_id
				GROUP BY b.id, b.name_kk, b.name_ru, b.name_en, c.year, c.visit_type
				ORDER BY c.year DESC, b.name_kk, b.id, c.visit_type""")
			.param("branch", branchId).param("year", year)
			.query((rs, n) -> new ControlCount(rs.getLong("id"), text(rs, "name"), rs.getInt("year"),
					VisitType.valueOf(rs.getString("visit_type")), rs.getLong("visits"), rs.getLong("issued"),
					rs.getLong("fulfilled")))
			.list();
	}

	/** Period totals of the commissions the current user keeps or sits on, for a year. */
	public List<PeriodCountView> periodCounts(int year) {
		List<Long> scope = new ArrayList<>(access.unitsWith(Role.SECRETARY));
		scope.addAll(access.unitsWith(Role.MEMBER));
		if (!access.isAdmin() && scope.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT p.*, c.name_kk, c.name_ru, c.name_en FROM control_period_count p JOIN org_unit c ON c.id = p.commission_id
				WHERE p.year = :year AND\s""" + (access.isAdmin() ? "TRUE" : IN_SCOPE)
				+ " ORDER BY c.name_kk, c.id, p.from_month NULLS FIRST, p.visit_type LIMIT 1000")
			.param("year", year).param("scope", scope.isEmpty() ? List.of(-1L) : scope)
			.query(this::periodCountRow).list();
	}

	private PeriodCountView periodCountRow(ResultSet rs, int n) throws SQLException {
		return new PeriodCountView(rs.getLong("id"), rs.getLong("commission_id"), text(rs, "name"), rs.getInt("year"),
				rs.getObject("from_month", Integer.class), rs.getObject("to_month", Integer.class),
				VisitType.valueOf(rs.getString("visit_type")), rs.getInt("visits"), rs.getInt("recommendations_issued"),
				rs.getInt("recommendations_fulfilled"), rs.getInt("version"));
	}

	/** One period total, for the commission's own pages (the caller checks who may see it). */
	public java.util.Optional<PeriodCountView> periodCount(long id) {
		return jdbc.sql("""
				SELECT p.*, c.name_kk, c.name_ru, c.name_en FROM control_period_count p JOIN org_unit c ON c.id = p.commission_id
				WHERE p.id = :id""").param("id", id).query(this::periodCountRow).optional();
	}

	public java.util.Optional<Integer> periodCountVersion(long id) {
		return jdbc.sql("SELECT version FROM control_period_count WHERE id = :id").param("id", id).query(Integer.class)
			.optional();
	}

	public java.util.Optional<RecommendationView> recommendation(long id) {
		return jdbc.sql("""
				SELECT r.*, e.name_kk, e.name_ru, e.name_en FROM recommendation r JOIN org_unit e ON e.id = r.executor_id
				WHERE r.id = :id""").param("id", id).query(this::recommendationRow).optional();
	}

	/** The year of the most recent visit the current user may see (where a page should open). */
	public java.util.Optional<Integer> latestVisitYear() {
		return visits(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31), 1).stream().findFirst()
			.map(v -> v.visitedOn().getYear());
	}

	/** Commissions in which the current user may record visits. */
	public List<Unit> commissionsToKeep() {
		List<Long> scope = access.unitsWith(Role.SECRETARY);
		if (!access.isAdmin() && scope.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT c.id, c.name_kk, c.name_ru, c.name_en FROM org_unit c WHERE c.kind = 'CONTROL_COMMISSION' AND "
				+ (access.isAdmin() ? "TRUE" : IN_SCOPE) + " ORDER BY c.name_kk")
			.param("scope", scope.isEmpty() ? List.of(-1L) : scope)
			.query((rs, n) -> new Unit(rs.getLong("id"), text(rs, "name"))).list();
	}

	public record Unit(long id, LocalizedText name) {
	}

	private List<VisitView> visits(JdbcClient.StatementSpec statement) {
		List<VisitView> heads = statement.query((rs, n) -> new VisitView(rs.getLong("id"), rs.getLong("commission_id"),
				text(rs, "c"), rs.getLong("branch_id"), text(rs, "b"), VisitType.valueOf(rs.getString("visit_type")),
				rs.getObject("visited_on", LocalDate.class),
				kkRu(rs, "site"), rs.getObject("subject_unit_id", Long.class), text(rs, "s"), kkRu(rs, "findings"),
				List.of(), List.of(), List.of(), rs.getBoolean("is_example"), rs.getInt("version"))).list();
		if (heads.isEmpty()) {
			return heads;
		}
		List<Long> ids = heads.stream().map(VisitView::id).toList();
		Map<Long, List<Long>> memberIds = new LinkedHashMap<>();
		Map<Long, List<LocalizedText>> members = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT m.monitoring_visit, p.id, p.full_name_kk, p.full_name_ru, p.full_name_en
				FROM monitoring_visit_member m JOIN person p ON p.id = m.person_id
				WHERE m.monitoring_visit IN (:ids) ORDER BY p.full_name_kk""").param("ids", ids)
			.query(rs -> {
				memberIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong("id"));
				members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(text(rs, "full_name"));
			});
		Map<Long, List<RecommendationView>> recs = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.*, e.name_kk, e.name_ru, e.name_en FROM recommendation r JOIN org_unit e ON e.id = r.executor_id
				WHERE r.visit_id IN (:ids) ORDER BY r.id""").param("ids", ids)
			.query(this::recommendationRow).list()
			.forEach(r -> recs.computeIfAbsent(r.visitId(), k -> new ArrayList<>()).add(r));
		return heads.stream().map(v -> new VisitView(v.id(), v.commissionId(), v.commission(), v.branchId(), v.branch(),
				v.type(), v.visitedOn(), v.site(), v.subjectUnitId(), v.subjectUnit(), v.findings(),
				memberIds.getOrDefault(v.id(), List.of()), members.getOrDefault(v.id(), List.of()),
				recs.getOrDefault(v.id(), List.of()), v.example(), v.version())).toList();
	}

	private RecommendationView recommendationRow(ResultSet rs, int n) throws SQLException {
		RecommendationStatus status = RecommendationStatus.valueOf(rs.getString("status"));
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		return new RecommendationView(rs.getLong("id"), rs.getLong("visit_id"),
				rs.getObject("issued_on", LocalDate.class), kkRu(rs, "text"), rs.getLong("executor_id"),
				text(rs, "name"), due, status, rs.getString("fulfilment_report"),
				rs.getObject("reported_on", LocalDate.class), rs.getString("review_comment"),
				rs.getObject("fulfilled_on", LocalDate.class),
				status != RecommendationStatus.FULFILLED && due.isBefore(LocalDate.now(clock)), rs.getInt("version"));
	}

	/** Texts kept in Kazakh and Russian only (English readers see the Kazakh). */
	private static LocalizedText kkRu(ResultSet rs, String prefix) throws SQLException {
		return new LocalizedText(rs.getString(prefix + "_kk"), rs.getString(prefix + "_ru"), null);
	}

	private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
		String kk = rs.getString(prefix + "_kk");
		return kk == null ? null : new LocalizedText(kk, rs.getString(prefix + "_ru"), rs.getString(prefix + "_en"));
	}
}
