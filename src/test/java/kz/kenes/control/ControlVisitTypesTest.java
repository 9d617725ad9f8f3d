package kz.kenes.control;

import static kz.kenes.control.ControlWorkflowTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/** A monitoring visit has a kind (site inspection, facility monitoring, night raid, reception). */
@KenesTest
class ControlVisitTypesTest {

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

	long member() {
		return people.findByCode("example-member-1").orElseThrow().getId();
	}

	long visitCount() {
		return jdbc.sql("SELECT count(*) FROM monitoring_visit").query(Long.class).single();
	}

	@Test
	void aVisitKeepsItsKindAndOneWithoutAKindIsRefusedAndNotRecorded() {
		Actors.actAs(users, "secretary");
		LocalDate day = LocalDate.of(2023, 2, 14);
		long raid = workflow.recordVisit(unit("shymkent-control"), new VisitRecord(VisitType.NIGHT_RAID, day,
				"Түнгі клуб", "Ночной клуб", null, List.of(member()), "Кәмелетке толмағандар жоқ", "Подростков нет"));
		assertThat(queries.staffVisit(raid).type()).isEqualTo(VisitType.NIGHT_RAID);

		long before = visitCount();
		assertRule(() -> workflow.recordVisit(unit("shymkent-control"), new VisitRecord(null, day, "Нысан", "Объект",
				null, List.of(member()), "Ақау", "Недостаток")), "control.error.type");
		assertThat(VisitType.parse("DAY_RAID")).isNull();
		assertThat(VisitType.parse(null)).isNull();
		assertThat(VisitType.parse(" RECEPTION ")).isEqualTo(VisitType.RECEPTION);
		assertThat(visitCount()).isEqualTo(before);

		int version = queries.staffVisit(raid).version();
		assertRule(() -> workflow.changeVisit(raid, version, new VisitRecord(null, day, "Түнгі клуб", "Ночной клуб",
				null, List.of(member()), "Кәмелетке толмағандар жоқ", "Подростков нет")), "control.error.type");
		assertThat(queries.staffVisit(raid).type()).isEqualTo(VisitType.NIGHT_RAID);
	}

	@Test
	void theFormOffersTheKindsTheVisitPageShowsItAndAnUnknownKindIsExplained() throws Exception {
		mvc.perform(get("/staff/control/visits/new").with(Logins.as(users, "secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<label class=\"form-label\" for=\"type\">Сапар түрі</label>")))
			.andExpect(content().string(Matchers.containsString("<option value=\"NIGHT_RAID\">Түнгі рейд</option>")))
			.andExpect(content().string(Matchers.containsString("<option value=\"RECEPTION\">Азаматтарды қабылдау</option>")));

		long before = visitCount();
		mvc.perform(visitForm("DAY_RAID").header("Referer", "/staff/control/visits/new"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", Matchers.startsWith("Сапар түрін таңдаңыз")));
		assertThat(visitCount()).isEqualTo(before);

		String location = mvc.perform(visitForm("RECEPTION")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(visitCount()).isEqualTo(before + 1);
		mvc.perform(get(location).with(Logins.as(users, "secretary")))
			.andExpect(content().string(Matchers.containsString("Азаматтарды қабылдау")));
	}

	@Test
	void theApiTakesAndReturnsTheKindAndExplainsAnUnknownOne() throws Exception {
		long before = visitCount();
		mvc.perform(apiVisit("DAY_RAID")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("control.error.type"))
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("Сапар түрін таңдаңыз")));
		assertThat(visitCount()).isEqualTo(before);
		String created = mvc.perform(apiVisit("FACILITY_MONITORING")).andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(created).with(Logins.as(users, "secretary")))
			.andExpect(jsonPath("$.type").value("FACILITY_MONITORING"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder visitForm(String type) {
		return post("/staff/control/visits").with(Logins.as(users, "secretary")).with(csrf())
			.param("commissionId", String.valueOf(unit("shymkent-control"))).param("type", type)
			.param("visitedOn", "2023-03-01").param("siteKk", "Емхана").param("siteRu", "Поликлиника")
			.param("memberIds", String.valueOf(member())).param("findingsKk", "Кезек ұзын")
			.param("findingsRu", "Длинная очередь");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apiVisit(String type) {
		return post("/api/v1/control/visits").with(Logins.as(users, "secretary")).with(csrf())
			.contentType("application/json").content("""
					{"commissionId": %d, "visit": {"type": "%s", "visitedOn": "2023-04-05", "siteKk": "Мектеп",
					 "siteRu": "Школа", "memberIds": [%d], "findingsKk": "Асхана таза", "findingsRu": "Столовая чистая"}}"""
				.formatted(unit("shymkent-control"), type, member()));
	}
}
