package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static kz.kenes.reporting.ReportingFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.identity.KenesUser;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Race;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sixteen clients at once through the HTTP API on the same roadmap item, indicator target and period reports: every
 * write is applied or refused with a 409 {@code error.conflict} problem, never lost and never a 500; the audit trail
 * has one row per applied write, and the rollup row equals a recomputation from the accepted reports.
 */
@KenesTest
class ConcurrentReportingTest {

	static final int CLIENTS = 16;
	static final int YEAR = 2024;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	JsonMapper json;

	ReportingFixture f;
	KenesUser reporter;
	KenesUser secretary;

	@BeforeEach
	void setUp() {
		f = new ReportingFixture(jdbc);
		reporter = reporter(f.deptA);
		secretary = secretary(f.branch);
	}

	@AfterEach
	void removeFixture() {
		f.remove();
	}

	@Test
	void clientsEditingOneItemEachRetryUntilTheirWriteIsAppliedAndNoneIsLost() throws Exception {
		long item = f.item("1", f.directionYouth, f.task1, f.deptA, null);
		int before = version("roadmap_item", item);
		int attempts = 4;
		List<MockHttpServletResponse> responses = new ArrayList<>();
		// each client reads the version, writes its own note, and on 409 reads again and retries (as a user would)
		responses.addAll(Race.run(CLIENTS, client -> () -> {
			MockHttpServletResponse last = null;
			for (int attempt = 0; attempt < attempts; attempt++) {
				last = putItem(item, "client " + client, version("roadmap_item", item));
				if (last.getStatus() != 409) {
					break;
				}
			}
			return last;
		}));
		long applied = Race.successesOrConflicts(responses);
		assertThat(applied).isPositive();
		assertThat(version("roadmap_item", item)).isEqualTo(before + (int) audited("RoadmapItem", item, "UPDATE"));
		assertThat(audited("RoadmapItem", item, "UPDATE")).isGreaterThanOrEqualTo(applied);
		String finalNote = jdbc.sql("SELECT notes FROM roadmap_item WHERE id = ?").param(item).query(String.class)
			.single();
		String lastAudited = jdbc.sql("""
				SELECT after_state ->> 'notes' FROM audit_event WHERE entity_type = 'RoadmapItem' AND entity_id = ?
				 AND action = 'UPDATE' ORDER BY id DESC LIMIT 1""").param(String.valueOf(item)).query(String.class)
			.single();
		assertThat(finalNote).as("the row holds what the last audited write wrote").isEqualTo(lastAudited);
	}

	@Test
	void clientsRevisingOneTargetWithTheSameVersionApplyExactlyOne() throws Exception {
		long item = f.item("2", f.directionYouth, f.task1, f.deptA, null);
		long indicator = f.indicator(item, "EVENTS");
		f.target(indicator, YEAR, 10);
		int seen = version("indicator", indicator);

		List<MockHttpServletResponse> responses = Race.run(CLIENTS, client -> () -> mvc.perform(
				put("/api/v1/roadmaps/{r}/items/{i}/indicators/{ind}/targets/{y}", f.roadmap, item, indicator, YEAR)
					.with(user(secretary)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("planned", 20 + client, "reason", "client " + client,
							"version", seen))))
			.andReturn().getResponse());

		assertThat(Race.successesOrConflicts(responses)).isEqualTo(1);
		int winner = indexOfSuccess(responses);
		assertThat(jdbc.sql("SELECT planned FROM indicator_target WHERE indicator = ? AND year = ?")
			.params(indicator, YEAR).query(BigDecimal.class).single()).isEqualByComparingTo(String.valueOf(20 + winner));
		assertThat(jdbc.sql("SELECT planned FROM indicator_progress WHERE indicator = ? AND year = ?")
			.params(indicator, YEAR).query(BigDecimal.class).single()).isEqualByComparingTo(String.valueOf(20 + winner));
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_target_revision WHERE indicator_id = ?").param(indicator)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(audited("Indicator", indicator, "REVISE_TARGET")).isEqualTo(1);
		assertThat(version("indicator", indicator)).isEqualTo(seen + 1);
	}

	@Test
	void reviewersAcceptingAndReturningOneReportAtOnceApplyExactlyOneDecision() throws Exception {
		long item = f.item("3", f.directionYouth, f.task1, f.deptA, null);
		long indicator = f.indicator(item, "EVENTS");
		f.target(indicator, YEAR, 20);
		PeriodReport report = submitted(item, indicator, ReportPeriod.monthsToDate(YEAR, 10), 20);

		List<MockHttpServletResponse> responses = Race.run(CLIENTS, client -> () -> mvc.perform(
				post("/api/v1/reporting/reports/{id}/" + (client % 2 == 0 ? "accept" : "return"), report.getId())
					.with(user(secretary)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("version", report.getVersion(), "comment",
							"client " + client))))
			.andReturn().getResponse());

		assertThat(Race.successesOrConflicts(responses)).isEqualTo(1);
		boolean accepted = indexOfSuccess(responses) % 2 == 0;
		String status = jdbc.sql("SELECT status FROM period_report WHERE id = ?").param(report.getId())
			.query(String.class).single();
		assertThat(status).isEqualTo(accepted ? "ACCEPTED" : "RETURNED");
		assertThat(audited("PeriodReport", report.getId(), "ACCEPT") + audited("PeriodReport", report.getId(), "RETURN"))
			.isEqualTo(1);
		assertThat(audited("PeriodReport", report.getId(), accepted ? "ACCEPT" : "RETURN")).isEqualTo(1);
		assertThat(progress(indicator).actual()).isEqualByComparingTo(accepted ? "20" : "0");
		assertThat(progress(indicator)).isEqualTo(recomputed(indicator));
	}

	@Test
	void acceptingManyReportsOfOneItemAtOnceLeavesTheRollupEqualToARecomputation() throws Exception {
		long item = f.item("4", f.directionYouth, f.task1, f.deptA, null);
		long indicator = f.indicator(item, "EVENTS");
		f.target(indicator, YEAR, 100);
		List<PeriodReport> reports = new ArrayList<>();
		for (int month = 1; month <= 8; month++) {
			reports.add(submitted(item, indicator, ReportPeriod.monthsToDate(YEAR, month), month * 10));
		}
		// two reviewers per report: one accepts, the other one's click comes too late (409)
		List<MockHttpServletResponse> responses = Race.run(CLIENTS, client -> {
			PeriodReport report = reports.get(client % reports.size());
			return () -> mvc.perform(post("/api/v1/reporting/reports/{id}/accept", report.getId())
				.with(user(secretary)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("version", report.getVersion()))))
				.andReturn().getResponse();
		});

		assertThat(Race.successesOrConflicts(responses)).isEqualTo(reports.size());
		for (PeriodReport report : reports) {
			assertThat(audited("PeriodReport", report.getId(), "ACCEPT")).isEqualTo(1);
		}
		Progress progress = progress(indicator);
		assertThat(progress.actual()).isEqualByComparingTo("80");
		assertThat(progress.asOfMonth()).isEqualTo(8);
		assertThat(progress).isEqualTo(recomputed(indicator));
	}

	@Test
	void executorsOpeningTheSameReportAtOnceGetOneReportAndClearRefusals() throws Exception {
		long item = f.item("5", f.directionYouth, f.task1, f.deptA, null);
		f.target(f.indicator(item, "EVENTS"), YEAR, 12);

		List<MockHttpServletResponse> responses = Race.run(CLIENTS, client -> () -> mvc.perform(
				post("/api/v1/reporting/items/{id}/reports", item).with(user(reporter)).with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("year", YEAR, "firstMonth", 1, "lastMonth", 3))))
			.andReturn().getResponse());

		long opened = 0;
		for (MockHttpServletResponse response : responses) {
			if (response.getStatus() < 300) {
				opened++;
			}
			else {
				// refused because the other client's report exists: 422 with the reason, or 409 when both raced
				assertThat(response.getStatus()).as(response.getContentAsString()).isIn(422, 409);
				assertThat(response.getContentType()).startsWith("application/problem+json");
			}
		}
		assertThat(opened).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM period_report WHERE roadmap_item = ?").param(item)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE entity_type = 'PeriodReport' AND action = 'CREATE'
				 AND entity_id IN (SELECT id::text FROM period_report WHERE roadmap_item = ?)""").param(item)
			.query(Integer.class).single()).isEqualTo(1);
	}

	private MockHttpServletResponse putItem(long item, String notes, int version) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("number", "1");
		body.put("name", Map.of("kk", "Іс-шара 1", "ru", "Мероприятие 1", "en", "Measure 1"));
		body.put("completionForm", "EVENT");
		body.put("taskId", f.task1);
		body.put("directionId", f.directionYouth);
		body.put("deadlineKind", "ANNUALLY");
		body.put("deadlineEndYear", 2027);
		body.put("leadExecutorId", f.deptA);
		body.put("notes", notes);
		body.put("version", version);
		return mvc.perform(put("/api/v1/roadmaps/{r}/items/{i}", f.roadmap, item).with(user(secretary)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn().getResponse();
	}

	private PeriodReport submitted(long item, long indicator, ReportPeriod period, int actual) {
		PeriodReport draft = as(reporter, () -> workflow.open(item, period));
		PeriodReport edited = as(reporter, () -> workflow.edit(draft.getId(), draft.getVersion(),
				Map.of(indicator, new PeriodReport.Entry(BigDecimal.valueOf(actual), "Есеп бойынша")), "Есеп", null));
		return as(reporter, () -> workflow.submit(draft.getId(), edited.getVersion()));
	}

	record Progress(BigDecimal actual, Integer asOfMonth, List<BigDecimal> monthly) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Progress p && actual.compareTo(p.actual) == 0 && java.util.Objects.equals(asOfMonth,
					p.asOfMonth) && monthly.size() == p.monthly.size() && java.util.stream.IntStream
						.range(0, monthly.size()).allMatch(i -> monthly.get(i) == null ? p.monthly.get(i) == null
								: p.monthly.get(i) != null && monthly.get(i).compareTo(p.monthly.get(i)) == 0);
		}

		@Override
		public int hashCode() {
			return 0;
		}
	}

	private Progress progress(long indicator) {
		return jdbc.sql("""
				SELECT actual, as_of_month, monthly_actual FROM indicator_progress WHERE indicator = ? AND year = ?""")
			.params(indicator, YEAR).query((rs, n) -> new Progress(rs.getBigDecimal(1),
					rs.getObject(2, Integer.class), rs.getArray(3) == null ? List.of()
							: Arrays.asList((BigDecimal[]) rs.getArray(3).getArray())))
			.single();
	}

	/** What the row must say, worked out here from the accepted reports: the latest year-to-date value by month. */
	private Progress recomputed(long indicator) {
		List<Object[]> accepted = jdbc.sql("""
				SELECT r.last_month, v.actual FROM period_report r JOIN report_value v ON v.period_report = r.id
				 WHERE v.indicator = ? AND r.year = ? AND r.status = 'ACCEPTED' ORDER BY r.last_month""")
			.params(indicator, YEAR).query((rs, n) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2) }).list();
		List<BigDecimal> monthly = new ArrayList<>();
		Integer asOf = null;
		for (int month = 1; month <= 12; month++) {
			BigDecimal value = null;
			for (Object[] row : accepted) {
				if ((int) row[0] <= month) {
					value = (BigDecimal) row[1];
					asOf = Math.max(asOf == null ? 0 : asOf, (int) row[0]);
				}
			}
			monthly.add(value);
		}
		BigDecimal actual = monthly.get(11) == null ? BigDecimal.ZERO : monthly.get(11);
		return new Progress(actual, asOf, accepted.isEmpty() ? monthly : monthly);
	}

	private int version(String table, long id) {
		return jdbc.sql("SELECT version FROM " + table + " WHERE id = ?").param(id).query(Integer.class).single();
	}

	private long audited(String type, long id, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = ?")
			.params(type, String.valueOf(id), action).query(Long.class).single();
	}

	private static int indexOfSuccess(List<MockHttpServletResponse> responses) {
		for (int i = 0; i < responses.size(); i++) {
			if (responses.get(i).getStatus() < 300) {
				return i;
			}
		}
		throw new AssertionError("no write applied");
	}
}
