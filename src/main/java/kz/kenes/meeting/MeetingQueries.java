package kz.kenes.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.Role;
import kz.kenes.meeting.MeetingRecord.AgendaEntry;
import kz.kenes.meeting.MeetingRecord.Attendee;
import kz.kenes.meeting.MeetingRecord.PersonRef;
import kz.kenes.meeting.MeetingRecord.Report;
import kz.kenes.meeting.MeetingRecord.UnitRef;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnitNames;
import kz.kenes.organization.Post;
import kz.kenes.proposal.ProposalQueries;

/**
 * Read models of meetings and decisions. A meeting's full record takes a fixed handful of queries whatever its
 * size; lists take one.
 */
@Component
public class MeetingQueries {

	/** Attendees are listed as the seed lists them: the branch's executive secretary, the chair, officials, members. */
	/** Attendees from the most senior post (an akim before a deputy); a branch's executive secretary before a chair. */
	private static int order(Post post) {
		return post.seniority() * 2 + (post == Post.EXECUTIVE_SECRETARY ? 0 : 1);
	}

	/** Kinds of unit a host's branch is found among (the nearest one at or above the host). */
	static final String BRANCH_KINDS = "'PARTY','REGIONAL_BRANCH','CITY_BRANCH','DISTRICT_BRANCH'";

	private static final String SUMMARY = """
			SELECT m.id, m.council_id, c.name_kk, c.name_ru, c.name_en, m.number, m.starts_at, m.format, m.place,
			       m.status, m.is_example, m.kind, m.online_platform,
			       (SELECT COALESCE(sum(g.count), 0) FROM meeting_audience_group g WHERE g.meeting = m.id) AS audience,
			       (SELECT count(*) FROM meeting_participant mp WHERE mp.meeting = m.id AND mp.attendance = 'PRESENT') AS present,
			       (SELECT count(*) FROM meeting_report_heard r WHERE r.meeting_id = m.id) AS reports,
			       (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id) AS decisions
			FROM meeting m JOIN org_unit c ON c.id = m.council_id
			""";

	private static final String PERSON_POSITION = """
			p.id AS person_id, p.full_name_kk, p.full_name_ru, p.full_name_en,
			ph.id AS position_id, ph.post, ph.title_kk, ph.title_ru, ph.title_en,
			pu.id AS pu_id, pu.code AS pu_code, pu.kind AS pu_kind,
			pu.name_kk AS pu_kk, pu.name_ru AS pu_ru, pu.name_en AS pu_en""";

	private static final String DECISION = """
			SELECT d.*, m.number AS meeting_number, m.starts_at, m.status AS meeting_status,
			       c.name_kk AS c_kk, c.name_ru AS c_ru, c.name_en AS c_en
			FROM decision d JOIN meeting m ON m.id = d.meeting_id JOIN org_unit c ON c.id = d.council_id
			""";

	private final JdbcClient jdbc;
	private final Access access;
	private final ProposalQueries proposals;
	private final ProgressSource progress;
	private final Clock clock;
	private final OrgUnitNames unitNames;


	MeetingQueries(JdbcClient jdbc, Access access, ProposalQueries proposals, ProgressSource progress, Clock clock,
			OrgUnitNames unitNames) {
		this.clock = clock;
		this.unitNames = unitNames;
		this.jdbc = jdbc;
		this.access = access;
		this.proposals = proposals;
		this.progress = progress;
	}

	/** Meetings of the councils the current user keeps or sits on, newest first. */
	public List<MeetingSummary> staffList(Long councilId, int limit) {
		List<Long> scope = new ArrayList<>(access.unitsWith(Role.SECRETARY));
		scope.addAll(access.unitsWith(Role.MEMBER));
		if (!access.isAdmin() && scope.isEmpty()) {
			return List.of();
		}
		String where = access.isAdmin() ? "TRUE" : """
				EXISTS (SELECT 1 FROM org_unit g WHERE g.id IN (:scope)
				        AND (c.id = g.id OR c.path LIKE g.path || g.id || '/%'))""";
		return jdbc.sql(SUMMARY + " WHERE " + where + (councilId == null ? "" : " AND m.council_id = :council")
				+ " ORDER BY m.starts_at DESC LIMIT :limit")
			.param("scope", scope.isEmpty() ? List.of(-1L) : scope).param("council", councilId == null ? -1 : councilId)
			.param("limit", limit).query(this::summary).list();
	}

	/** Held meetings, newest first, optionally of one council. */
	public List<MeetingSummary> publicList(Long councilId, int limit, int offset) {
		return jdbc.sql(SUMMARY + " WHERE m.status IN ('HELD','PROTOCOL_SIGNED')"
				+ (councilId == null ? "" : " AND m.council_id = :council")
				+ " ORDER BY m.starts_at DESC LIMIT :limit OFFSET :offset")
			.param("council", councilId == null ? -1 : councilId).param("limit", limit).param("offset", offset)
			.query(this::summary).list();
	}

	/**
	 * One page of held events for everyone, newest first, filtered by kind, format, host (its subtree) and days; two
	 * statements (the page and the count), each on the partial indexes of public meetings.
	 */
	public EventPage publicPage(EventFilter filter, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, 100));
		int safePage = Math.max(0, Math.min(page, 10_000));
		StringBuilder where = new StringBuilder(" WHERE m.status IN ('HELD','PROTOCOL_SIGNED')");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.kind() != null) {
			where.append(" AND m.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.format() != null) {
			where.append(" AND m.format = :format");
			params.put("format", filter.format().name());
		}
		if (filter.host() != null) {
			where.append(" AND (m.council_id = :host OR c.path LIKE (SELECT path || id || '/%' FROM org_unit WHERE id = :host))");
			params.put("host", filter.host());
		}
		if (filter.from() != null) {
			where.append(" AND m.starts_at >= :from");
			params.put("from", filter.from().atStartOfDay());
		}
		if (filter.to() != null) {
			where.append(" AND m.starts_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay());
		}
		long total = jdbc.sql("SELECT count(*) FROM meeting m JOIN org_unit c ON c.id = m.council_id" + where)
			.params(params).query(Long.class).single();
		params.put("limit", safeSize);
		params.put("offset", safePage * safeSize);
		List<MeetingSummary> events = jdbc.sql(SUMMARY + where + " ORDER BY m.starts_at DESC, m.id DESC LIMIT :limit OFFSET :offset")
			.params(params).query(this::summary).list();
		return new EventPage(events, total, safePage, safeSize);
	}

	/** Hosts of held events, for the public filter (the busiest thousand, by name). */
	public List<UnitRef> publicHosts() {
		return jdbc.sql("""
				SELECT u.id, u.code, u.kind, u.name_kk, u.name_ru, u.name_en FROM org_unit u
				WHERE u.id IN (SELECT m.council_id FROM meeting m WHERE m.status IN ('HELD','PROTOCOL_SIGNED')
				               GROUP BY m.council_id ORDER BY count(*) DESC LIMIT 1000)
				   OR u.kind IN (""" + BRANCH_KINDS + ")" + """
				 ORDER BY length(u.path), u.name_kk LIMIT 1500""")
			.query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("code"),
					OrgUnitKind.valueOf(rs.getString("kind")), text(rs, "name")))
			.list();
	}

	/** A unit's held events by kind (its own and those of units below it): how many and the latest of each kind. */
	public List<KindCount> eventsByKind(long unitId) {
		return jdbc.sql(SUMMARY.replace("SELECT m.id,", "SELECT DISTINCT ON (m.kind) count(*) OVER (PARTITION BY m.kind) AS held, m.id,") + """
				 WHERE m.status IN ('HELD','PROTOCOL_SIGNED')
				   AND (m.council_id = :unit OR c.path LIKE (SELECT path || id || '/%' FROM org_unit WHERE id = :unit))
				ORDER BY m.kind, m.starts_at DESC""").param("unit", unitId)
			.query((rs, n) -> new KindCount(EventKind.valueOf(rs.getString("kind")), rs.getLong("held"), summary(rs, n)))
			.list().stream().sorted(Comparator.comparing(KindCount::kind)).toList();
	}

	/** How many events of a kind a unit held and the latest of them. */
	public record KindCount(EventKind kind, long held, MeetingSummary latest) {
	}

	/** The next planned meetings of all councils, soonest first (one statement, whatever the number of councils). */
	public List<MeetingSummary> upcoming(java.time.LocalDateTime after, int limit) {
		return jdbc.sql(SUMMARY + " WHERE m.status = 'PLANNED' AND m.starts_at > :after ORDER BY m.starts_at LIMIT :limit")
			.param("after", after).param("limit", limit).query(this::summary).list();
	}

	/** Every meeting of a council that is not cancelled (for its calendar feed), oldest first. */
	public List<MeetingSummary> calendar(long councilId) {
		return jdbc.sql(SUMMARY + " WHERE m.council_id = :council AND m.status <> 'CANCELLED'"
				+ " ORDER BY m.starts_at LIMIT 1000")
			.param("council", councilId).query(this::summary).list();
	}

	/** The record for the staff page: the council's secretary and members read it. */
	public MeetingRecord staffRecord(long id) {
		MeetingRecord record = record(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
		if (!access.canAny(record.council().id(), Role.SECRETARY, Role.MEMBER)) {
			throw new AccessDeniedException("meeting " + id);
		}
		return record;
	}

	/** The record of a held meeting, for anyone. */
	public Optional<MeetingRecord> publicRecord(long id) {
		return record(id).filter(r -> r.status().isPublic()).map(MeetingRecord::forPublic);
	}

	/** The record without access checks, for code that has checked access itself (protocol, calendar). */
	public Optional<MeetingRecord> record(long id) {
		Optional<Header> header = jdbc.sql("""
				SELECT m.*, c.code AS c_code, c.kind AS c_kind, c.name_kk AS c_kk, c.name_ru AS c_ru, c.name_en AS c_en,
				       b.id AS b_id, b.code AS b_code, b.kind AS b_kind, b.name_kk AS b_kk, b.name_ru AS b_ru,
				       b.name_en AS b_en
				FROM meeting m JOIN org_unit c ON c.id = m.council_id
				LEFT JOIN LATERAL (SELECT * FROM org_unit x WHERE (x.id = c.id OR c.path LIKE x.path || x.id || '/%')
				          AND x.kind IN (""" + BRANCH_KINDS + """
				) ORDER BY length(x.path) DESC LIMIT 1) b ON TRUE
				WHERE m.id = :id""").param("id", id).query((rs, n) -> new Header(rs)).optional();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		Header h = header.get();
		LocalDate day = h.startsAt.toLocalDate();
		List<Attendee> participants = participants(id, h.councilId);
		Map<Long, PersonRef> known = participants.stream()
			.collect(Collectors.toMap(a -> a.person().id(), Attendee::person, (a, b) -> a));
		PersonRef chair = h.chairId == null ? null : known.getOrDefault(h.chairId, person(h.chairId, day, h.councilId));
		PersonRef secretary = h.secretaryId == null ? null
				: known.getOrDefault(h.secretaryId, person(h.secretaryId, day, h.councilId));
		List<PersonRef> chairs = new ArrayList<>();
		if (chair != null) {
			chairs.add(chair);
		}
		chairs.addAll(coChairs(id));
		List<AudienceGroup> audience = jdbc.sql("SELECT kind, count FROM meeting_audience_group WHERE meeting = :id")
			.param("id", id).query((rs, n) -> new AudienceGroup(AudienceKind.valueOf(rs.getString("kind")),
					rs.getInt("count")))
			.list().stream().sorted(Comparator.comparing(AudienceGroup::kind)).toList();
		// the host and its branch under the names they had that day (a protocol of 2021 names Nur Otan's branch)
		Map<Long, LocalizedText> namesThatDay = unitNames.namesOn(
				h.branch == null ? List.of(h.councilId) : List.of(h.councilId, h.branch.id()), day);
		UnitRef host = asNamedOn(h.council, namesThatDay);
		UnitRef branch = asNamedOn(h.branch, namesThatDay);
		return Optional.of(new MeetingRecord(id, h.number, h.startsAt, h.duration, h.format, h.place, h.link,
				h.status, host, branch, chair, secretary, h.otherGuests, h.signedOn, h.example, h.version,
				agenda(id), participants, reports(id), proposals.byMeeting(id), decisionsOf(id), h.kind, h.platform,
				host, List.copyOf(chairs), audience));
	}

	private static UnitRef asNamedOn(UnitRef unit, Map<Long, LocalizedText> names) {
		return unit == null || !names.containsKey(unit.id()) ? unit
				: new UnitRef(unit.id(), unit.code(), unit.kind(), names.get(unit.id()));
	}

	/** Today's figures of the items a meeting's reports covered, to show beside the figures heard. */
	public Map<String, HeardFigure> todaysFigures(MeetingRecord record) {
		LocalDate today = LocalDate.now(clock);
		Map<String, HeardFigure> figures = new LinkedHashMap<>();
		for (Report report : record.reports()) {
			List<Long> items = report.figures().stream().map(HeardFigure::roadmapItemId)
				.filter(java.util.Objects::nonNull).distinct().toList();
			AgendaEntry agenda = record.agenda().stream().filter(a -> a.number() == report.agendaNumber()).findFirst()
				.orElse(null);
			Integer year = agenda == null ? null : agenda.periodYear();
			Integer months = agenda == null ? null : agenda.periodMonths();
			// the same period as heard, with what has been accepted since
			LocalDate periodDay = year == null ? today : LocalDate.of(year, 12, 31);
			progress.figures(items, today, ReportingPeriods.lastYear(year, periodDay),
					ReportingPeriods.lastMonths(year, months, periodDay))
				.forEach(f -> figures.putIfAbsent(f.key(), f));
		}
		return figures;
	}

	/** Decisions the current user works with: of councils they keep or sit on, or assigned to units they report for. */
	public List<DecisionView> decisions(boolean openOnly, boolean overdueOnly, int limit) {
		List<Long> councils = new ArrayList<>(access.unitsWith(Role.SECRETARY));
		councils.addAll(access.unitsWith(Role.MEMBER));
		List<Long> executors = access.unitsWith(Role.REPORTER);
		boolean admin = access.isAdmin();
		if (!admin && councils.isEmpty() && executors.isEmpty()) {
			return List.of();
		}
		String scope = admin ? "TRUE" : """
				(EXISTS (SELECT 1 FROM org_unit g WHERE g.id IN (:councils)
				         AND (c.id = g.id OR c.path LIKE g.path || g.id || '/%'))
				 OR EXISTS (SELECT 1 FROM decision_executor x JOIN org_unit u ON u.id = x.org_unit_id
				            JOIN org_unit g ON g.id IN (:executors)
				            WHERE x.decision = d.id AND (u.id = g.id OR u.path LIKE g.path || g.id || '/%')))""";
		String filter = overdueOnly ? " AND d.status = 'OPEN' AND d.due_date < CURRENT_DATE"
				: openOnly ? " AND d.status = 'OPEN'" : "";
		return decisions(jdbc.sql(DECISION + " WHERE " + scope + filter + " ORDER BY d.due_date, d.id LIMIT :limit")
			.param("councils", councils.isEmpty() ? List.of(-1L) : councils)
			.param("executors", executors.isEmpty() ? List.of(-1L) : executors).param("limit", limit));
	}

	public Optional<DecisionView> decision(long id) {
		return decisions(jdbc.sql(DECISION + " WHERE d.id = :id").param("id", id)).stream().findFirst();
	}

	/** Decisions of held meetings, for the public. */
	public List<DecisionView> publicDecisions(int limit, int offset) {
		return decisions(jdbc.sql(DECISION + " WHERE m.status IN ('HELD','PROTOCOL_SIGNED')"
				+ " ORDER BY m.starts_at DESC, d.number LIMIT :limit OFFSET :offset")
			.param("limit", limit).param("offset", offset));
	}

	/** A decision's staff page: council secretary and members, and reporters of its executors. */
	public DecisionView staffDecision(long id) {
		DecisionView view = decision(id).orElseThrow(() -> new NoSuchElementException("decision " + id));
		boolean allowed = access.canAny(view.councilId(), Role.SECRETARY, Role.MEMBER)
				|| view.executors().stream().anyMatch(e -> access.can(Role.REPORTER, e.id()));
		if (!allowed) {
			throw new AccessDeniedException("decision " + id);
		}
		return view;
	}

	/**
	 * Units in which the current user may hold events: every unit at or below those where they are SECRETARY (a
	 * council, the branch itself, a faction, a hosting institution), branches first.
	 */
	public List<UnitRef> hostsToKeep() {
		List<Long> scope = access.unitsWith(Role.SECRETARY);
		if (!access.isAdmin() && scope.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, code, kind, name_kk, name_ru, name_en FROM org_unit c WHERE "
				+ (access.isAdmin() ? "TRUE" : """
						EXISTS (SELECT 1 FROM org_unit g WHERE g.id IN (:scope)
						        AND (c.id = g.id OR c.path LIKE g.path || g.id || '/%'))""")
				+ " ORDER BY (c.kind = 'COUNCIL') DESC, length(c.path), name_kk LIMIT 1000")
			.param("scope", scope.isEmpty() ? List.of(-1L) : scope)
			.query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("code"),
					OrgUnitKind.valueOf(rs.getString("kind")), text(rs, "name")))
			.list();
	}

	/** People holding a position on a day, each with that position, sorted in the Kazakh alphabet. */
	public List<PersonRef> peopleOn(LocalDate day, Language language) {
		return jdbc.sql("SELECT " + PERSON_POSITION + """
				 FROM position_held ph JOIN person p ON p.id = ph.person_id JOIN org_unit pu ON pu.id = ph.org_unit_id
				WHERE ph.start_date <= :day AND (ph.end_date IS NULL OR ph.end_date >= :day)
				LIMIT 2000""").param("day", day).query(this::personRef).list().stream()
			.sorted(KazakhCollation.by((PersonRef p) -> p.name().in(language), language)).toList();
	}

	/** Units that can be made responsible executors: departments, NGOs, branches (not councils). */
	public List<UnitRef> executors() {
		return jdbc.sql("""
				SELECT id, code, kind, name_kk, name_ru, name_en FROM org_unit
				WHERE kind IN ('DEPARTMENT','AKIMAT','RURAL_AKIMAT','MASLIKHAT','INSTITUTION','NGO','CITY_BRANCH','REGIONAL_BRANCH','DISTRICT_BRANCH')
				ORDER BY kind, name_kk LIMIT 1000""")
			.query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("code"),
					OrgUnitKind.valueOf(rs.getString("kind")), text(rs, "name"))).list();
	}

	private List<PersonRef> coChairs(long meetingId) {
		return jdbc.sql("SELECT " + PERSON_POSITION + """
				 FROM meeting_chair mc JOIN person p ON p.id = mc.person_id
				JOIN position_held ph ON ph.id = mc.position_id JOIN org_unit pu ON pu.id = ph.org_unit_id
				WHERE mc.meeting = :id ORDER BY mc.sort_order""").param("id", meetingId).query(this::personRef).list();
	}

	private List<Attendee> participants(long meetingId, long councilId) {
		List<Row> rows = jdbc.sql("SELECT mp.invited, mp.attendance, " + PERSON_POSITION + """
				 FROM meeting_participant mp JOIN person p ON p.id = mp.person_id
				LEFT JOIN position_held ph ON ph.id = mp.position_id LEFT JOIN org_unit pu ON pu.id = ph.org_unit_id
				WHERE mp.meeting = :id""").param("id", meetingId)
			.query((rs, n) -> new Row(personRef(rs, n), rs.getString("post"), rs.getBoolean("invited"),
					rs.getString("attendance")))
			.list();
		Comparator<Object> collator = KazakhCollation.collator(Language.KK);
		return rows.stream()
			.sorted(Comparator.comparingInt((Row r) -> r.post == null ? Integer.MAX_VALUE : order(Post.valueOf(r.post)))
				.thenComparing((a, b) -> collator.compare(a.person.name().kk(), b.person.name().kk())))
			.map(r -> new Attendee(r.person, r.invited, r.attendance == null ? null : Attendance.valueOf(r.attendance)))
			.toList();
	}

	private PersonRef person(long personId, LocalDate day, long councilId) {
		return jdbc.sql("SELECT " + PERSON_POSITION + """
				 FROM person p
				LEFT JOIN LATERAL (SELECT * FROM position_held x WHERE x.person_id = p.id AND x.start_date <= :day
				          AND (x.end_date IS NULL OR x.end_date >= :day)
				          ORDER BY (x.org_unit_id = :council) DESC, x.start_date DESC LIMIT 1) ph ON TRUE
				LEFT JOIN org_unit pu ON pu.id = ph.org_unit_id
				WHERE p.id = :person""").param("day", day).param("council", councilId).param("person", personId)
			.query(this::personRef).single();
	}

	private List<AgendaEntry> agenda(long meetingId) {
		Map<Long, LocalizedText> directions = new LinkedHashMap<>();
		jdbc.sql("SELECT id, name_kk, name_ru, name_en FROM direction ORDER BY sort_order, id")
			.query(rs -> {
				directions.put(rs.getLong("id"), text(rs, "name"));
			});
		return jdbc.sql("""
				SELECT a.*, pr.name_kk AS pr_kk, pr.name_ru AS pr_ru, pr.name_en AS pr_en
				FROM meeting_agenda_item a LEFT JOIN program pr ON pr.id = a.program_id
				WHERE a.meeting = :id ORDER BY a.number""").param("id", meetingId)
			.query((rs, n) -> {
				List<Long> ids = longs(rs.getArray("direction_ids"));
				return new AgendaEntry(rs.getInt("number"), text(rs, "title"), rs.getObject("program_id", Long.class),
						text(rs, "pr"), ids, ids.stream().map(directions::get).filter(java.util.Objects::nonNull).toList(),
						rs.getObject("period_year", Integer.class), rs.getObject("period_months", Integer.class),
						span(rs));
			}).list();
	}

	private static PeriodSpan span(ResultSet rs) throws SQLException {
		Integer to = rs.getObject("period_year", Integer.class);
		if (to == null) {
			return null;
		}
		Integer fromYear = rs.getObject("period_from_year", Integer.class);
		Integer fromMonth = rs.getObject("period_from_month", Integer.class);
		return new PeriodSpan(fromYear == null ? to : fromYear, fromMonth == null ? 1 : fromMonth, to,
				rs.getInt("period_months"));
	}

	private List<Report> reports(long meetingId) {
		Map<Long, List<HeardFigure>> figures = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT f.* FROM meeting_heard_figure f JOIN meeting_report_heard r ON r.id = f.report_heard
				WHERE r.meeting_id = :id ORDER BY f.report_heard, f.position""").param("id", meetingId)
			.query(rs -> {
				figures.computeIfAbsent(rs.getLong("report_heard"), k -> new ArrayList<>())
					.add(new HeardFigure(rs.getObject("roadmap_item_id", Long.class), rs.getString("item_number"),
							rs.getString("item_name_kk"), rs.getString("item_name_ru"),
							rs.getObject("indicator_id", Long.class), rs.getString("indicator_name_kk"),
							rs.getString("indicator_name_ru"), rs.getString("unit"), rs.getInt("year"),
							rs.getBigDecimal("planned"), rs.getBigDecimal("actual"), rs.getString("status")));
			});
		return jdbc.sql("SELECT r.id, r.agenda_number, r.summary_kk, r.summary_ru, r.summary_en, r.figures_as_of, "
				+ "r.version, " + PERSON_POSITION + """
				 FROM meeting_report_heard r JOIN person p ON p.id = r.speaker_id
				LEFT JOIN position_held ph ON ph.id = r.speaker_position_id
				LEFT JOIN org_unit pu ON pu.id = ph.org_unit_id
				WHERE r.meeting_id = :id ORDER BY r.agenda_number, r.sort_order, r.id""").param("id", meetingId)
			.query((rs, n) -> new Report(rs.getLong("id"), rs.getInt("agenda_number"), personRef(rs, n),
					text(rs, "summary"), rs.getObject("figures_as_of", LocalDate.class),
					figures.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("version")))
			.list();
	}

	private List<DecisionView> decisionsOf(long meetingId) {
		return decisions(jdbc.sql(DECISION + " WHERE d.meeting_id = :id ORDER BY d.number").param("id", meetingId));
	}

	/** Decisions with their executors and follow-ups: three queries for any number of decisions. */
	private List<DecisionView> decisions(JdbcClient.StatementSpec statement) {
		List<Object[]> rows = statement.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("meeting_id"),
				rs.getInt("meeting_number"), rs.getObject("starts_at", LocalDateTime.class), rs.getLong("council_id"),
				text(rs, "c"), rs.getInt("number"), rs.getObject("agenda_number", Integer.class), text(rs, "text"),
				rs.getObject("due_date", LocalDate.class), DecisionStatus.valueOf(rs.getString("status")),
				rs.getObject("completed_on", LocalDate.class), rs.getObject("proposal_id", Long.class),
				MeetingStatus.valueOf(rs.getString("meeting_status")).isPublic(), rs.getInt("version") }).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
		Map<Long, List<DecisionView.Executor>> executors = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT x.decision, x.org_unit_id, x.lead, u.name_kk, u.name_ru, u.name_en
				FROM decision_executor x JOIN org_unit u ON u.id = x.org_unit_id
				WHERE x.decision IN (:ids) ORDER BY x.lead DESC, u.name_kk""").param("ids", ids)
			.query(rs -> {
				executors.computeIfAbsent(rs.getLong("decision"), k -> new ArrayList<>()).add(
						new DecisionView.Executor(rs.getLong("org_unit_id"), text(rs, "name"), rs.getBoolean("lead")));
			});
		Map<Long, List<DecisionView.FollowUpView>> followUps = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT f.*, u.name_kk, u.name_ru, u.name_en FROM decision_follow_up f
				LEFT JOIN org_unit u ON u.id = f.org_unit_id
				WHERE f.decision IN (:ids) ORDER BY f.decision, f.position""").param("ids", ids)
			.query(rs -> {
				followUps.computeIfAbsent(rs.getLong("decision"), k -> new ArrayList<>()).add(
						new DecisionView.FollowUpView(rs.getObject("reported_on", LocalDate.class),
								rs.getObject("org_unit_id", Long.class), text(rs, "name"), rs.getString("author"),
								rs.getString("text")));
			});
		LocalDate today = LocalDate.now(clock);
		return rows.stream().map(r -> {
			long id = (Long) r[0];
			DecisionStatus status = (DecisionStatus) r[10];
			LocalDate due = (LocalDate) r[9];
			return new DecisionView(id, (Long) r[1], (Integer) r[2], (LocalDateTime) r[3], (Long) r[4],
					(LocalizedText) r[5], (Integer) r[6], (Integer) r[7], (LocalizedText) r[8], due, status,
					(LocalDate) r[11], (Long) r[12], executors.getOrDefault(id, List.of()),
					followUps.getOrDefault(id, List.of()), status == DecisionStatus.OPEN && due.isBefore(today),
					(Boolean) r[13], (Integer) r[14]);
		}).toList();
	}

	private MeetingSummary summary(ResultSet rs, int n) throws SQLException {
		return new MeetingSummary(rs.getLong("id"), rs.getLong("council_id"), text(rs, "name"), rs.getInt("number"),
				rs.getObject("starts_at", LocalDateTime.class), MeetingFormat.valueOf(rs.getString("format")),
				rs.getString("place"), MeetingStatus.valueOf(rs.getString("status")), rs.getInt("present"),
				rs.getInt("reports"), rs.getInt("decisions"), rs.getBoolean("is_example"),
				EventKind.valueOf(rs.getString("kind")), rs.getString("online_platform"), rs.getInt("audience"));
	}

	private PersonRef personRef(ResultSet rs, int n) throws SQLException {
		String post = rs.getString("post");
		LocalizedText position = post == null ? null
				: PositionTitles.of(Post.valueOf(post), text(rs, "pu"), text(rs, "title"));
		UnitRef unit = post == null ? null
				: new UnitRef(rs.getLong("pu_id"), rs.getString("pu_code"), OrgUnitKind.valueOf(rs.getString("pu_kind")),
						text(rs, "pu"));
		return new PersonRef(rs.getLong("person_id"), text(rs, "full_name"), rs.getObject("position_id", Long.class),
				position, post == null ? null : Post.valueOf(post), unit);
	}

	static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
		String kk = rs.getString(prefix + "_kk");
		return kk == null ? null : new LocalizedText(kk, rs.getString(prefix + "_ru"), rs.getString(prefix + "_en"));
	}

	private static List<Long> longs(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
	}

	private record Row(PersonRef person, String post, boolean invited, String attendance) {
	}

	private static final class Header {

		final long councilId;
		final int number;
		final LocalDateTime startsAt;
		final int duration;
		final MeetingFormat format;
		final String place;
		final String link;
		final MeetingStatus status;
		final UnitRef council;
		final UnitRef branch;
		final Long chairId;
		final Long secretaryId;
		final int otherGuests;
		final LocalDate signedOn;
		final boolean example;
		final int version;
		final EventKind kind;
		final String platform;

		Header(ResultSet rs) throws SQLException {
			kind = EventKind.valueOf(rs.getString("kind"));
			platform = rs.getString("online_platform");
			councilId = rs.getLong("council_id");
			number = rs.getInt("number");
			startsAt = rs.getObject("starts_at", LocalDateTime.class);
			duration = rs.getInt("duration_minutes");
			format = MeetingFormat.valueOf(rs.getString("format"));
			place = rs.getString("place");
			link = rs.getString("online_link");
			status = MeetingStatus.valueOf(rs.getString("status"));
			council = new UnitRef(councilId, rs.getString("c_code"), OrgUnitKind.valueOf(rs.getString("c_kind")),
					text(rs, "c"));
			long branchId = rs.getLong("b_id");
			branch = rs.wasNull() ? null
					: new UnitRef(branchId, rs.getString("b_code"), OrgUnitKind.valueOf(rs.getString("b_kind")),
							text(rs, "b"));
			chairId = rs.getObject("chair_person_id", Long.class);
			secretaryId = rs.getObject("secretary_person_id", Long.class);
			otherGuests = rs.getInt("other_guests");
			signedOn = rs.getObject("protocol_signed_on", LocalDate.class);
			example = rs.getBoolean("is_example");
			version = rs.getInt("version");
		}
	}
}
