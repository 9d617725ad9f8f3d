package kz.kenes.control;

import static kz.kenes.control.ControlWorkflowTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/** Totals for a period from a commission that reports no single visits, and the counts by kind and year. */
@KenesTest
class ControlPeriodCountsTest {

	@Autowired
	ControlWorkflow workflow;

	@Autowired
	ControlQueries queries;

	@Autowired
	OrgUnits units;

	@Autowired
	People people;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	String rows() {
		return jdbc.sql("SELECT string_agg(id || ':' || version || ':' || visits || ':' || recommendations_issued || ':'"
				+ " || recommendations_fulfilled, ',' ORDER BY id) FROM control_period_count").query(String.class)
			.optional().orElse("");
	}

	long audits() {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'ControlPeriodCount'").query(Long.class)
			.single();
	}

	static PeriodCountRecord totals(VisitType type, int year, Integer quarter, int visits, int issued, int fulfilled) {
		return new PeriodCountRecord(type, year, null, null, quarter, visits, issued, fulfilled);
	}

	@Test
	void badTotalsAreRefusedWithAReasonAndChangeNothing() {
		long commission = unit("shymkent-control");
		Actors.actAs(users, "secretary");
		String before = rows();
		long audited = audits();
		int nextYear = LocalDate.now().getYear() + 1;
		assertRule(() -> workflow.recordPeriodCount(commission, totals(VisitType.NIGHT_RAID, 2021, null, 3, 4, 5)),
				"control.error.periodFulfilled");
		assertRule(() -> workflow.recordPeriodCount(commission, totals(VisitType.NIGHT_RAID, 2021, null, -1, 0, 0)),
				"control.error.periodCounts");
		assertRule(() -> workflow.recordPeriodCount(commission,
				new PeriodCountRecord(VisitType.NIGHT_RAID, 2021, null, null, null, 1, null, 0)),
				"control.error.periodCounts");
		assertRule(() -> workflow.recordPeriodCount(commission, totals(null, 2021, null, 1, 1, 0)),
				"control.error.type");
		assertRule(() -> workflow.recordPeriodCount(commission, totals(VisitType.RECEPTION, 2021, 5, 1, 1, 0)),
				"control.error.periodQuarter");
		assertRule(() -> workflow.recordPeriodCount(commission,
				new PeriodCountRecord(VisitType.RECEPTION, 2021, 1, 3, 1, 1, 1, 0)), "control.error.periodQuarterOrMonths");
		assertRule(() -> workflow.recordPeriodCount(commission,
				new PeriodCountRecord(VisitType.RECEPTION, 2021, 7, 3, null, 1, 1, 0)), "control.error.periodMonths");
		assertRule(() -> workflow.recordPeriodCount(commission,
				new PeriodCountRecord(VisitType.RECEPTION, 2021, 7, null, null, 1, 1, 0)), "control.error.periodMonths");
		assertRule(() -> workflow.recordPeriodCount(commission, totals(VisitType.RECEPTION, nextYear, null, 1, 1, 0)),
				"control.error.periodFuture");
		assertRule(() -> workflow.recordPeriodCount(commission, totals(VisitType.RECEPTION, 1999, null, 1, 1, 0)),
				"control.error.periodYear");
		assertRule(() -> workflow.recordPeriodCount(unit("miras-council"), totals(VisitType.RECEPTION, 2021, null, 1, 1, 0)),
				"control.error.commission");
		Actors.actAs(users, "member");
		assertThatThrownBy(() -> workflow.recordPeriodCount(commission, totals(VisitType.RECEPTION, 2021, null, 1, 1, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rows()).isEqualTo(before);
		assertThat(audits()).isEqualTo(audited);
	}

	@Test
	void overlappingTotalsAStaleVersionAndABadCorrectionChangeNothing() {
		long commission = unit("shymkent-control");
		Actors.actAs(users, "secretary");
		long q2 = workflow.recordPeriodCount(commission, totals(VisitType.RECEPTION, 2020, 2, 6, 4, 1));
		long h2 = workflow.recordPeriodCount(commission,
				new PeriodCountRecord(VisitType.RECEPTION, 2020, 7, 12, null, 5, 2, 2));
		// another kind may cover the same months
		workflow.recordPeriodCount(commission, totals(VisitType.NIGHT_RAID, 2020, 2, 1, 0, 0));
		String before = rows();
		long audited = audits();
		assertRule(() -> workflow.recordPeriodCount(commission,
				new PeriodCountRecord(VisitType.RECEPTION, 2020, 6, 7, null, 1, 1, 1)), "control.error.periodOverlap");
		assertRule(() -> workflow.recordPeriodCount(commission, totals(VisitType.RECEPTION, 2020, null, 9, 9, 9)),
				"control.error.periodOverlap");
		int version = queries.periodCountVersion(q2).orElseThrow();
		assertRule(() -> workflow.changePeriodCount(h2, queries.periodCountVersion(h2).orElseThrow(),
				new PeriodCountRecord(VisitType.RECEPTION, 2020, 5, 12, null, 5, 2, 2)), "control.error.periodOverlap");
		assertRule(() -> workflow.changePeriodCount(q2, version, totals(VisitType.RECEPTION, 2020, 2, 6, 4, 7)),
				"control.error.periodFulfilled");
		assertThatThrownBy(() -> workflow.changePeriodCount(q2, version + 1, totals(VisitType.RECEPTION, 2020, 2, 7, 4, 2)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(rows()).isEqualTo(before);
		assertThat(audits()).isEqualTo(audited);

		workflow.changePeriodCount(q2, version, totals(VisitType.RECEPTION, 2020, 2, 7, 4, 2));
		assertThat(queries.periodCountVersion(q2)).contains(version + 1);
		assertThat(audits()).isEqualTo(audited + 1);
	}

	@Test
	void singleVisitsAndPeriodTotalsAddUpByKindAndYear() {
		long branch = unit("shymkent-branch");
		long commission = unit("shymkent-control");
		Map<String, ControlCount> before = byKey(queries.counts(branch, null));
		Actors.actAs(users, "secretary");
		List<Long> members = List.of(people.findByCode("example-member-1").orElseThrow().getId());
		long raid = workflow.recordVisit(commission, new VisitRecord(VisitType.NIGHT_RAID, LocalDate.of(2019, 11, 2),
				"Түнгі клуб", "Ночной клуб", null, members, "Тексерілді", "Проверено"));
		long fixed = workflow.recommend(raid, "Күзет қою", "Поставить охрану", unit("dept-culture"),
				LocalDate.of(2019, 12, 1));
		workflow.recommend(raid, "Жарық орнату", "Установить освещение", unit("dept-culture"), LocalDate.of(2019, 12, 1));
		workflow.reportFulfilment(fixed, queries.recommendation(fixed).orElseThrow().version(), "Қойылды");
		workflow.confirmFulfilled(fixed, queries.recommendation(fixed).orElseThrow().version());
		workflow.recordVisit(commission, new VisitRecord(VisitType.RECEPTION, LocalDate.of(2019, 3, 2), "Қабылдау",
				"Приём", null, members, "Үш өтініш", "Три обращения"));
		workflow.recordPeriodCount(commission, totals(VisitType.NIGHT_RAID, 2019, 1, 4, 10, 7));
		workflow.recordPeriodCount(commission, totals(VisitType.NIGHT_RAID, 2019, 2, 2, 3, 0));
		workflow.recordPeriodCount(commission, totals(VisitType.NIGHT_RAID, 2018, null, 5, 6, 6));
		Actors.nobody();

		Map<String, ControlCount> after = byKey(queries.counts(branch, null));
		assertDelta(before, after, "2019 NIGHT_RAID", 1 + 4 + 2, 2 + 10 + 3, 1 + 7);
		assertDelta(before, after, "2019 RECEPTION", 1, 0, 0);
		assertDelta(before, after, "2018 NIGHT_RAID", 5, 6, 6);
		assertDelta(before, after, "2019 SITE_INSPECTION", 0, 0, 0);
		// the year and the branch narrow it alike
		assertThat(queries.counts(null, 2019)).filteredOn(c -> c.branchId() == branch)
			.containsExactlyInAnyOrderElementsOf(after.values().stream().filter(c -> c.year() == 2019).toList());
		assertThat(queries.counts(branch, 2018)).extracting(ControlCount::year).containsOnly(2018);
	}

	@Test
	void theFormRecordsTotalsAndExplainsBadOnesAndTheBranchShowsTheCountsInPublic() throws Exception {
		long branch = unit("shymkent-branch");
		// the public page is cached; new totals must show on it all the same
		assertThat(mvc.perform(get("/control/branches/{id}", branch)).andReturn().getResponse().getContentAsString())
			.doesNotContain("<th scope=\"row\">2017</th>");
		mvc.perform(get("/staff/control/period-counts/new").with(Logins.as(users, "secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<option value=\"Q3\">3-тоқсан</option>")))
			.andExpect(content().string(Matchers.containsString("<label class=\"form-label\" for=\"fulfilled\">Орындалған ұсынымдар</label>")));
		String before = rows();
		mvc.perform(periodForm("FACILITY_MONITORING", "Q1", 3, 2, 5).header("Referer", "/staff/control/period-counts/new"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "Орындалған ұсынымдар берілгеннен көп болмайды."));
		mvc.perform(periodForm("DAY_RAID", "Q1", 3, 2, 1).header("Referer", "/staff/control/period-counts/new"))
			.andExpect(flash().attribute("error", Matchers.startsWith("Сапар түрін таңдаңыз")));
		assertThat(rows()).isEqualTo(before);

		mvc.perform(periodForm("FACILITY_MONITORING", "Q1", 3, 2, 1)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", true));
		long id = jdbc.sql("SELECT id FROM control_period_count WHERE year = 2017").query(Long.class).single();
		mvc.perform(get("/staff/control/period-counts/{id}", id).with(Logins.as(users, "secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<option value=\"Q1\" selected=\"selected\">1-тоқсан</option>")))
			.andExpect(content().string(Matchers.containsString("name=\"visits\" min=\"0\" required value=\"3\"")));
		mvc.perform(get("/staff/control/period-counts/{id}", id).with(Logins.as(users, "culture")))
			.andExpect(status().isForbidden());
		String saved = rows();
		mvc.perform(periodChange(id, 5, 2).header("Referer", "/staff/control/period-counts/" + id))
			.andExpect(flash().attribute("error", Matchers.startsWith("Бұл жазбаны сізден бұрын басқа")));
		mvc.perform(periodChange(id, 0, 9).header("Referer", "/staff/control/period-counts/" + id))
			.andExpect(flash().attribute("error", "Орындалған ұсынымдар берілгеннен көп болмайды."));
		assertThat(rows()).isEqualTo(saved);
		mvc.perform(periodChange(id, 0, 2)).andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("SELECT recommendations_fulfilled FROM control_period_count WHERE id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(2);

		mvc.perform(get("/staff/control").param("year", "2017").with(Logins.as(users, "secretary")))
			.andExpect(content().string(Matchers.containsString("Нысан мониторингі")))
			.andExpect(content().string(Matchers.containsString("2017 жылғы сапарлар түрлері бойынша")));

		String page = mvc.perform(get("/control/branches/{id}", branch)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		ControlCount y2017 = queries.counts(branch, 2017).stream()
			.filter(c -> c.type() == VisitType.FACILITY_MONITORING).findFirst().orElseThrow();
		assertThat(y2017.visits()).isGreaterThanOrEqualTo(3);
		assertThat(page).contains("<th scope=\"row\">2017</th>").contains("Нысан мониторингі")
			.contains("<td class=\"text-end\">" + y2017.visits() + "</td>");
		mvc.perform(get("/control/branches/{id}", branch).param("lang", "ru"))
			.andExpect(content().string(Matchers.containsString("Мониторинг объекта")));
		mvc.perform(get("/org/{id}", branch))
			.andExpect(content().string(Matchers.containsString("/control/branches/" + branch)));
		mvc.perform(get("/api/v1/control/counts").param("branchId", String.valueOf(branch)).param("year", "2017"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.type == 'FACILITY_MONITORING')].visits").value(Matchers.contains((int) y2017.visits())));
		mvc.perform(get("/api/v1/control/counts")).andExpect(status().isBadRequest());
	}

	@Test
	void theApiRecordsAndCorrectsTotalsWithProblemDetails() throws Exception {
		long commission = unit("shymkent-control");
		String before = rows();
		mvc.perform(apiTotals(post("/api/v1/control/period-counts"), commission, "NIGHT_RAID", 2, 3, 4, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("control.error.periodFulfilled"));
		mvc.perform(apiTotals(post("/api/v1/control/period-counts"), commission, "DAY_RAID", 2, 3, 1, null))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("control.error.type"));
		assertThat(rows()).isEqualTo(before);
		String location = mvc.perform(apiTotals(post("/api/v1/control/period-counts"), commission, "NIGHT_RAID", 2, 3, 1, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(apiTotals(put(location), commission, "NIGHT_RAID", 2, 3, 2, 5)).andExpect(status().isConflict());
		mvc.perform(apiTotals(put(location), commission, "NIGHT_RAID", 2, 3, 2, 0)).andExpect(status().isOk());
		assertThat(queries.periodCountVersion(id)).contains(1);
		mvc.perform(get("/api/v1/control/period-counts").param("year", "2016").with(Logins.as(users, "secretary")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].fulfilled").value(Matchers.contains(2)));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder periodForm(String type,
			String period, int visits, int issued, int fulfilled) {
		return post("/staff/control/period-counts").with(Logins.as(users, "secretary")).with(csrf())
			.param("commissionId", String.valueOf(unit("shymkent-control"))).param("type", type).param("year", "2017")
			.param("period", period).param("visits", String.valueOf(visits)).param("issued", String.valueOf(issued))
			.param("fulfilled", String.valueOf(fulfilled));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder periodChange(long id,
			int version, int fulfilled) {
		return post("/staff/control/period-counts/{id}", id).with(Logins.as(users, "secretary")).with(csrf())
			.param("version", String.valueOf(version)).param("type", "FACILITY_MONITORING").param("year", "2017")
			.param("period", "Q1").param("visits", "3").param("issued", "2").param("fulfilled", String.valueOf(fulfilled));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apiTotals(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, long commission,
			String type, int visits, int issued, int fulfilled, Integer version) {
		return request.with(Logins.as(users, "secretary")).with(csrf()).contentType("application/json")
			.content("""
					{"commissionId": %d, "type": "%s", "year": 2016, "quarter": 4, "visits": %d,
					 "recommendationsIssued": %d, "recommendationsFulfilled": %d, "version": %s}"""
				.formatted(commission, type, visits, issued, fulfilled, version));
	}

	private static Map<String, ControlCount> byKey(List<ControlCount> counts) {
		return counts.stream().collect(Collectors.toMap(c -> c.year() + " " + c.type(), c -> c));
	}

	private static void assertDelta(Map<String, ControlCount> before, Map<String, ControlCount> after, String key,
			long visits, long issued, long fulfilled) {
		ControlCount b = before.get(key);
		ControlCount a = after.get(key);
		long[] was = b == null ? new long[3] : new long[] { b.visits(), b.issued(), b.fulfilled() };
		long[] now = a == null ? new long[3] : new long[] { a.visits(), a.issued(), a.fulfilled() };
		assertThat(new long[] { now[0] - was[0], now[1] - was[1], now[2] - was[2] }).as(key)
			.containsExactly(visits, issued, fulfilled);
	}
}
