package kz.kenes.identity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The objects the authorization matrix fills path variables with: department A is dept-youth and council A the
 * "Miras" council of the Shymkent branch (demo data); department B is dept-culture; the other council belongs to a
 * second city branch created here, with its own secretary. The matrix actors are created here with the same grants
 * as the demo users (and a cheap password hash, so that HTTP Basic on every API call stays fast).
 * Everything is written in the test's transaction and rolled back with it.
 */
class MatrixFixture {

	private final JdbcClient jdbc;
	private final Map<String, Object> ids = new LinkedHashMap<>();

	MatrixFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> create() {
		long party = unit("amanat");
		long branchA = unit("shymkent-branch");
		long miras = unit("miras-council");
		long deptA = unit("dept-youth");
		long deptB = unit("dept-culture");
		long branchB = newUnit(party, "CITY_BRANCH", "matrix-branch-b");
		long councilB = newUnit(branchB, "COUNCIL", "matrix-council-b");
		put("party", party);
		put("branchA", branchA);
		put("miras", miras);
		put("deptA", deptA);
		put("deptB", deptB);
		put("branchB", branchB);
		put("councilB", councilB);

		String hash = new BCryptPasswordEncoder(4).encode(AuthorizationMatrixTest.PASSWORD);
		put("userA", user("repa", Role.REPORTER, deptA, hash));
		user("repb", Role.REPORTER, deptB, hash);
		user("member", Role.MEMBER, miras, hash);
		user("seca", Role.SECRETARY, branchA, hash);
		user("secb", Role.SECRETARY, branchB, hash);
		user("admin", Role.ADMIN, party, hash);

		long roadmap = one("SELECT id FROM roadmap WHERE branch_id = ? ORDER BY id LIMIT 1", branchA);
		put("roadmapA", roadmap);
		put("programA", one("SELECT program_id FROM roadmap WHERE id = ?", roadmap));
		long item = one("""
				SELECT e.roadmap_item FROM roadmap_item_executor e JOIN roadmap_item i ON i.id = e.roadmap_item
				WHERE e.org_unit_id = ? AND e.lead AND i.roadmap_id = ?
				ORDER BY (SELECT count(*) FROM period_report r WHERE r.roadmap_item = i.id) DESC, i.id LIMIT 1""",
				deptA, roadmap);
		put("itemA", item);
		put("indicatorA", one("SELECT id FROM indicator WHERE roadmap_item = ? ORDER BY id LIMIT 1", item));
		put("reportA", one("""
				SELECT id FROM period_report WHERE executor_id = ?
				ORDER BY (status = 'SUBMITTED') DESC, id LIMIT 1""", deptA));
		put("draftReportA", one("""
				INSERT INTO period_report (roadmap_item, region_id, executor_id, year, first_month, last_month, created_by,
				    narrative_kk)
				VALUES (?, (SELECT region_id FROM roadmap_item WHERE id = ?), ?, 2025, 1, 1, 'matrix-repa', ?)
				RETURNING id""", item, item, deptA, AuthorizationMatrixTest.DRAFT_MARKER));
		put("activityA", one("SELECT id FROM activity WHERE executor_id = ? ORDER BY id LIMIT 1", deptA));
		long facilityItem = find("SELECT roadmap_item FROM facility ORDER BY id LIMIT 1").orElse(item);
		put("facilityA", facility(item));
		put("subjectItemB", facilityItem);

		long meeting = one("SELECT id FROM meeting WHERE council_id = ? ORDER BY id LIMIT 1", miras);
		put("meetingA", meeting);
		put("agendaA", one("SELECT number FROM meeting_agenda_item WHERE meeting = ? ORDER BY number LIMIT 1",
				meeting));
		put("participantA", one("SELECT person_id FROM meeting_participant WHERE meeting = ? ORDER BY person_id LIMIT 1",
				meeting));
		put("heardA", one("SELECT id FROM meeting_report_heard WHERE meeting_id = ? ORDER BY id LIMIT 1", meeting));
		put("decisionA", one("""
				SELECT d.id FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE m.council_id = ?
				ORDER BY d.id LIMIT 1""", miras));

		put("proposalA", proposal(miras, branchA, deptA, "UNDER_REVIEW", "MATRIX-P1"));
		jdbc.sql("UPDATE proposal SET text = text || ' ' || ? WHERE id = ?")
			.params(AuthorizationMatrixTest.PROPOSAL_MARKER, ids.get("proposalA")).update();
		put("answeredProposalA", proposal(miras, branchA, deptA, "ACCEPTED", "MATRIX-P2"));
		put("submissionA", one("""
				INSERT INTO citizen_submission (tracking_code, addressee_id, region_id, author_name, contact, text,
				    text_language)
				VALUES ('MATRIX-S1', ?, ?, 'Азамат', ?, 'Саябаққа орындық керек.', 'kk') RETURNING id""", miras,
				branchA, AuthorizationMatrixTest.CONTACT_EMAIL));
		ids.put("trackA", "MATRIX-S1");

		put("newsA", one("SELECT id FROM news_item WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1"));
		ids.put("slugA", jdbc.sql("SELECT slug FROM news_item WHERE id = ?").param(ids.get("newsA"))
			.query(String.class).single());
		put("draftNewsA", find("SELECT id FROM news_item WHERE status <> 'PUBLISHED' ORDER BY id LIMIT 1")
			.orElse((Long) ids.get("newsA")));
		put("commentA", find("SELECT id FROM news_comment ORDER BY id LIMIT 1").orElseGet(() -> one("""
				INSERT INTO news_comment (news_item, author_name, body) VALUES (?, 'Азамат', 'Жақсы') RETURNING id""",
				ids.get("newsA"))));
		put("imageA", find("SELECT id FROM news_image ORDER BY id LIMIT 1").orElseGet(() -> one("""
				INSERT INTO news_image (content_type, bytes, width, height, size_bytes, uploaded_by)
				VALUES ('image/png', decode('89504e470d0a1a0a', 'hex'), 1, 1, 8, 'matrix') RETURNING id""")));
		put("challengeA", one("""
				INSERT INTO figure_challenge (roadmap_item_id, year, figure, reason, department_id, region_id, due_date)
				VALUES (?, 2024, '20', 'Сан дұрыс емес сияқты.', ?, ?, CURRENT_DATE + 10) RETURNING id""", item, deptA,
				branchA));

		long recommendation = one("""
				SELECT id FROM recommendation WHERE branch_id = ? ORDER BY executor_id = ? DESC, id LIMIT 1""",
				branchA, deptA);
		jdbc.sql("UPDATE recommendation SET executor_id = ? WHERE id = ?").params(deptA, recommendation).update();
		put("recommendationA", recommendation);
		long visit = one("SELECT visit_id FROM recommendation WHERE id = ?", recommendation);
		jdbc.sql("UPDATE monitoring_visit SET subject_unit_id = ? WHERE id = ?").params(deptA, visit).update();
		put("visitA", visit);

		put("personA", one("SELECT id FROM person WHERE code = 'aigerim-zhumakulova'"));
		put("positionA", one("SELECT id FROM position_held WHERE org_unit_id = ? ORDER BY id LIMIT 1", miras));
		put("controlA", unit("shymkent-control"));
		put("periodCountA", one("""
				INSERT INTO control_period_count (commission_id, branch_id, year, visit_type, visits,
				    recommendations_issued, recommendations_fulfilled)
				VALUES (?, ?, 2015, 'NIGHT_RAID', 3, 2, 1) RETURNING id""", ids.get("controlA"), branchA));
		put("taskA", one("SELECT task_id FROM roadmap_item WHERE id = ?", item));
		put("directionA", one("SELECT direction_id FROM roadmap_item WHERE id = ?", item));
		put("watchA", one("""
				INSERT INTO watched_item (watcher_unit_id, roadmap_item, region_id, until, created_by)
				VALUES (?, ?, ?, CURRENT_DATE + 30, 'matrix') RETURNING id""", miras, item, branchA));
		ids.put("year", 2024);
		versions();
		return ids;
	}

	/** {nameV}: the current version of each fixture row, for the forms and request bodies that carry it. */
	private void versions() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("deptA", "org_unit");
		tables.put("userA", "app_user");
		tables.put("roadmapA", "roadmap");
		tables.put("itemA", "roadmap_item");
		tables.put("indicatorA", "indicator");
		tables.put("reportA", "period_report");
		tables.put("draftReportA", "period_report");
		tables.put("activityA", "activity");
		tables.put("facilityA", "facility");
		tables.put("meetingA", "meeting");
		tables.put("heardA", "meeting_report_heard");
		tables.put("decisionA", "decision");
		tables.put("proposalA", "proposal");
		tables.put("answeredProposalA", "proposal");
		tables.put("submissionA", "citizen_submission");
		tables.put("newsA", "news_item");
		tables.put("draftNewsA", "news_item");
		tables.put("commentA", "news_comment");
		tables.put("challengeA", "figure_challenge");
		tables.put("visitA", "monitoring_visit");
		tables.put("periodCountA", "control_period_count");
		tables.put("recommendationA", "recommendation");
		tables.put("personA", "person");
		tables.put("positionA", "position_held");
		tables.forEach((name, table) -> ids.put(name + "V", jdbc.sql("SELECT version FROM " + table + " WHERE id = ?")
			.param(ids.get(name)).query(Integer.class).single()));
	}

	Map<String, Object> ids() {
		return ids;
	}

	void put(String name, Object id) {
		ids.put(name, id);
	}

	private long facility(long item) {
		return find("""
				SELECT f.id FROM facility f JOIN roadmap_item_executor e ON e.roadmap_item = f.roadmap_item AND e.lead
				WHERE e.org_unit_id = (SELECT org_unit_id FROM roadmap_item_executor WHERE roadmap_item = ? AND lead)
				ORDER BY f.id LIMIT 1""", item)
			.orElseGet(() -> one("""
					INSERT INTO facility (roadmap_item, region_id, name_kk, name_ru, name_en, planned_year)
					VALUES (?, (SELECT region_id FROM roadmap_item WHERE id = ?), 'Клуб', 'Клуб', 'Club', 2024)
					RETURNING id""", item, item));
	}

	private long proposal(long council, long region, long executor, String status, String code) {
		return one("""
				INSERT INTO proposal (addressee_id, region_id, source, citizen_name, contact_email, contact_phone,
				    tracking_code, text, status, received_on, executor_id, due_date, answer, answered_on, answered_by)
				VALUES (?, ?, 'CITIZEN', 'Азамат Тестов', ?, ?, ?, 'Ауладағы балалар алаңын жөндеу керек.', ?,
				    ?, ?, ?, CASE WHEN ? = 'ACCEPTED' THEN 'Қабылданды.' END,
				    CASE WHEN ? = 'ACCEPTED' THEN CURRENT_DATE END, CASE WHEN ? = 'ACCEPTED' THEN 'youth' END)
				RETURNING id""", council, region, AuthorizationMatrixTest.CONTACT_EMAIL,
				AuthorizationMatrixTest.CONTACT_PHONE, code, status, LocalDate.now().minusDays(3), executor,
				LocalDate.now().plusDays(27), status, status, status);
	}

	private long unit(String code) {
		return one("SELECT id FROM org_unit WHERE code = ?", code);
	}

	private long newUnit(long parent, String kind, String code) {
		long id = one("""
				INSERT INTO org_unit (parent_id, kind, code, name_kk, name_ru, name_en, path)
				VALUES (:parent, :kind, :code, :code, :code, :code,
				    (SELECT path || id || '/' FROM org_unit WHERE id = :parent)) RETURNING id""", Map.of("parent", parent,
				"kind", kind, "code", code));
		jdbc.sql("UPDATE org_unit SET region_id = CASE WHEN kind = 'COUNCIL' THEN parent_id ELSE id END WHERE id = ?")
			.param(id).update();
		return id;
	}

	private long user(String column, Role role, Long unit, String hash) {
		long id = one("""
				INSERT INTO app_user (username, password_hash, display_name) VALUES (?, ?, ?) RETURNING id""",
				"matrix-" + column, hash, "Matrix " + column);
		if (role != null) {
			jdbc.sql("INSERT INTO user_role (app_user, role, org_unit_id) VALUES (?, ?, ?)")
				.params(id, role.name(), unit).update();
		}
		return id;
	}

	private long one(String sql, Object... params) {
		return find(sql, params).orElseThrow(() -> new IllegalStateException("matrix fixture: nothing for " + sql));
	}

	private long one(String sql, Map<String, Object> params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private Optional<Long> find(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).optional();
	}
}
