package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/** Pages and API of meetings: who may do what, what the public sees, and how refusals read. */
@KenesTest
class MeetingWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingQueries queries;

	@Autowired
	UserDetailsService users;

	@Autowired
	DecisionWorkflow decisions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	long seedId() {
		return queries.publicList(fixtures.miras(), 100, 0).stream()
			.filter(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2024, 11, 15))).findFirst().orElseThrow().id();
	}

	@Test
	void aRefusedTransitionGoesBackToThePageWithTheReasonInKazakhAndChangesNothing() throws Exception {
		long id = fixtures.schedule(LocalDate.now().minusDays(1).atTime(9, 0));
		Actors.nobody();
		mvc.perform(post("/staff/meetings/" + id + "/held").param("version", String.valueOf(fixtures.version(id)))
			.header("Referer", "http://localhost/staff/meetings/" + id)
			.with(csrf()).with(Logins.as(users, "secretary")))
			.andExpect(redirectedUrl("/staff/meetings/" + id))
			.andExpect(flash().attribute("error", "Отырыс өтті деп белгілеу үшін күн тәртібін толтырыңыз."));
		assertThat(queries.record(id).orElseThrow().status()).isEqualTo(MeetingStatus.PLANNED);

		mvc.perform(post("/staff/meetings/" + id + "/held").param("version", "999").with(csrf())
			.with(Logins.as(users, "secretary")))
			.andExpect(flash().attribute("error",
					"Бұл жазбаны сізден бұрын басқа пайдаланушы өзгертті. Жаңартылған нұсқасын қарап, өзгерістеріңізді қайта енгізіңіз."));
	}

	/** An attendance sheet edited on the way: the whole sheet is refused with a message, nothing is recorded. */
	@Test
	void aMalformedAttendanceSheetIsAMessageInKazakhAndRecordsNothing() throws Exception {
		long id = fixtures.withAgendaAndAttendance(LocalDate.now().minusDays(1).atTime(9, 0));
		long chair = fixtures.person("mombek-abdiakimuly");
		Actors.nobody();
		String before = jdbc.sql("""
				SELECT m.version || ':' || m.other_guests || ':' || string_agg(p.person_id || '=' || coalesce(p.attendance, '-'), ','
				       ORDER BY p.person_id)
				  FROM meeting m JOIN meeting_participant p ON p.meeting = m.id WHERE m.id = ? GROUP BY m.id""")
			.param(id).query(String.class).single();
		String[][] sheets = {
				{ "a" + chair, "MAYBE" },
				{ "a" + chair, "present" },
				{ "a99999999999999999999999", "PRESENT" },
		};
		for (String[] sheet : sheets) {
			mvc.perform(post("/staff/meetings/" + id + "/attendance").param("version", String.valueOf(fixtures.version(id)))
				.param("otherGuests", "7").param(sheet[0], sheet[1])
				.header("Referer", "http://localhost/staff/meetings/" + id)
				.with(csrf()).with(Logins.as(users, "secretary")))
				.andExpect(redirectedUrl("/staff/meetings/" + id))
				.andExpect(flash().attribute("error",
						"Форма толық немесе дұрыс жіберілмеді. Бетті жаңартып, қайта жіберіңіз."));
		}
		assertThat(jdbc.sql("""
				SELECT m.version || ':' || m.other_guests || ':' || string_agg(p.person_id || '=' || coalesce(p.attendance, '-'), ','
				       ORDER BY p.person_id)
				  FROM meeting m JOIN meeting_participant p ON p.meeting = m.id WHERE m.id = ? GROUP BY m.id""")
			.param(id).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void membersReadTheirCouncilsMeetingsButDoNotKeepThemAndOtherDepartmentsDoNotSeeThem() throws Exception {
		long id = fixtures.withAgendaAndAttendance(LocalDate.now().minusDays(1).atTime(9, 0));
		Actors.nobody();
		mvc.perform(get("/staff/meetings/" + id).with(Logins.as(users, "member"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Айгерім Жұмақұлова")))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("/held\""))));
		mvc.perform(post("/staff/meetings/" + id + "/held").param("version", String.valueOf(fixtures.version(id)))
			.with(csrf()).with(Logins.as(users, "member"))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/meetings/" + id).with(Logins.as(users, "culture"))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/meetings/" + id + "/held").param("version", String.valueOf(fixtures.version(id)))
			.with(Logins.as(users, "secretary"))).andExpect(status().isForbidden());
		assertThat(queries.record(id).orElseThrow().status()).isEqualTo(MeetingStatus.PLANNED);
	}

	@Test
	void thePublicSeesHeldMeetingsWithoutContactDataAndNeverPlannedOnes() throws Exception {
		long planned = fixtures.schedule(LocalDate.now().plusDays(20).atTime(9, 0));
		Actors.nobody();
		mvc.perform(get("/meetings/" + planned)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/" + planned)).andExpect(status().isNotFound());

		long seed = seedId();
		String page = mvc.perform(get("/meetings/" + seed)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("кеңесінің отырысы").contains("Айгерім Жұмақұлова")
			.contains("Ішкі саясат және жастар істері жөніндегі басқармасының басшысы");
		String json = mvc.perform(get("/api/v1/meetings/" + seed)).andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].speaker.name.kk").value("Айгерім Жұмақұлова"))
			.andExpect(jsonPath("$.agenda[0].periodMonths").value(10))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).doesNotContain("email").doesNotContain("phone").doesNotContain("contact");
		String proposals = mvc.perform(get("/api/v1/proposals")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(proposals).contains("ACCEPTED").doesNotContain("aliya.example").doesNotContain("Әлия");
		mvc.perform(get("/meetings/" + seed + "/protocol/kk.pdf")).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void theApiAuthorizesByRoleAndUnitAndExplainsRefusals() throws Exception {
		String body = """
				{"councilId": %d, "number": 501, "startsAt": "%sT10:00:00", "format": "ONLINE"}"""
			.formatted(fixtures.miras(), LocalDate.now().plusDays(30));
		mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(csrf()).with(Logins.as(users, "member"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(body)
			.header("Accept-Language", "kk").with(csrf()).with(Logins.as(users, "secretary")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("meeting.error.linkRequired"))
			.andExpect(jsonPath("$.detail").value("Онлайн не аралас отырыстың сілтемесін көрсетіңіз."));
		mvc.perform(get("/api/v1/control/summary").param("from", "2024-01-01").param("to", "2024-12-31"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].issued").value(5));
		mvc.perform(get("/api/v1/control/visits").param("from", "2024-01-01").param("to", "2024-12-31"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/meetings/{id}/reports")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/control/recommendations/{id}/report")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/proposals/{id}/accept")));
	}

	@Test
	void theSecretaryEditsADecisionRemovesAParticipantAndRewordsAReportWhoseFiguresStay() throws Exception {
		long id = fixtures.withAgendaAndAttendance(LocalDate.now().minusDays(1).atTime(9, 0));
		long youth = fixtures.unit("dept-youth");
		long culture = fixtures.unit("dept-culture");
		long decision = decisions.decide(id, new DecisionTerms(1, "Бастапқы", "Исходный", null,
				LocalDate.now().plusMonths(1), java.util.List.of(youth)));
		long report = fixtures.meetings.recordReport(id, new ReportDraft(1, fixtures.person("aigerim-zhumakulova"),
				null, "Мәтін", "Текст", null, java.util.List.of(fixtures.item("1"))));
		java.util.List<HeardFigure> heard = queries.record(id).orElseThrow().reports().get(0).figures();
		Actors.nobody();

		mvc.perform(get("/staff/meetings/decisions/" + decision).with(Logins.as(users, "secretary")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"textKk\"")));
		mvc.perform(post("/staff/meetings/decisions/" + decision).with(csrf()).with(Logins.as(users, "secretary"))
			.param("version", String.valueOf(queries.decision(decision).orElseThrow().version()))
			.param("agendaNumber", "1").param("textKk", "Өзгертілген").param("textRu", "Изменённый")
			.param("dueDate", LocalDate.now().plusMonths(2).toString())
			.param("executorIds", String.valueOf(culture)))
			.andExpect(redirectedUrl("/staff/meetings/decisions/" + decision));
		DecisionView changed = queries.decision(decision).orElseThrow();
		assertThat(changed.text().kk()).isEqualTo("Өзгертілген");
		assertThat(changed.executors()).extracting(DecisionView.Executor::id).containsExactly(culture);

		long chair = fixtures.person("mombek-abdiakimuly");
		mvc.perform(post("/staff/meetings/" + id + "/participants/" + chair + "/remove").with(csrf())
			.with(Logins.as(users, "secretary")).param("version", String.valueOf(fixtures.version(id))))
			.andExpect(redirectedUrl("/staff/meetings/" + id));
		assertThat(queries.record(id).orElseThrow().participants()).noneMatch(a -> a.person().id() == chair);

		mvc.perform(post("/staff/meetings/" + id + "/reports/" + report).with(csrf()).with(Logins.as(users, "secretary"))
			.param("version", String.valueOf(queries.record(id).orElseThrow().reports().get(0).version()))
			.param("agendaNumber", "1").param("speakerId", String.valueOf(fixtures.person("aigerim-zhumakulova")))
			.param("summaryKk", "Түзетілген").param("summaryRu", "Исправлено")
			.param("itemIds", String.valueOf(fixtures.item("1"))))
			.andExpect(redirectedUrl("/staff/meetings/" + id));
		MeetingRecord.Report reworded = queries.record(id).orElseThrow().reports().get(0);
		assertThat(reworded.summary().kk()).isEqualTo("Түзетілген");
		assertThat(reworded.figures()).isEqualTo(heard);
	}

	@Test
	void userTextIsEscapedOnPublicPages() throws Exception {
		long id = fixtures.withAgendaAndAttendance(LocalDate.now().minusDays(1).atTime(9, 0));
		fixtures.meetings.raiseProposal(id, fixtures.person("example-member-3"), "<script>alert('x')</script>", null,
				kz.kenes.i18n.Language.KK);
		fixtures.meetings.markHeld(id, fixtures.version(id));
		Actors.nobody();
		String page = mvc.perform(get("/meetings/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}
}
