package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.Actors;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/** The secretary's forms for events of every kind, the public events list with its filters, and the open API. */
@KenesTest
class EventsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingQueries queries;

	@Autowired
	MeetingWorkflow meetings;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void logout() {
		Actors.nobody();
	}

	/** A press conference of the branch, entered through the forms, held and then found by the public filters. */
	@Test
	void theSecretaryEntersAnEventOfAnotherKindAndThePublicFindsItByKindFormatAndHost() throws Exception {
		long branch = fixtures.unit("shymkent-branch");
		LocalDate day = LocalDate.now().minusDays(2);
		String location = mvc.perform(post("/staff/meetings").param("councilId", String.valueOf(branch))
			.param("number", "71").param("date", day.toString()).param("time", "11:00").param("duration", "60")
			.param("format", "MIXED").param("place", "Шымкент, баспасөз орталығы")
			.param("onlineLink", "https://teams.microsoft.com/l/x").param("onlinePlatform", "Microsoft Teams")
			.param("eventKind", "PRESS_CONFERENCE").param("chairPersonId", String.valueOf(fixtures.person("murat-zholdykhozhaev")))
			.with(csrf()).with(Logins.as(users, "secretary")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		MeetingRecord record = queries.record(id).orElseThrow();
		assertThat(record.kind()).isEqualTo(EventKind.PRESS_CONFERENCE);
		assertThat(record.host().id()).isEqualTo(branch);
		assertThat(record.onlinePlatform()).isEqualTo("Microsoft Teams");

		// an audience group of nobody is refused in Kazakh and changes nothing
		mvc.perform(post("/staff/meetings/" + id + "/audience").param("version", String.valueOf(record.version()))
			.param("audienceKind", "JOURNALISTS").param("count", "0").with(csrf())
			.with(Logins.as(users, "secretary")))
			.andExpect(flash().attribute("error", "Топтағы қатысушылар саны 1-ден 100000-ға дейін болуы керек."));
		assertThat(queries.record(id).orElseThrow().version()).isEqualTo(record.version());

		mvc.perform(post("/staff/meetings/" + id + "/audience").param("version", String.valueOf(record.version()))
			.param("audienceKind", "JOURNALISTS").param("count", "14").with(csrf())
			.with(Logins.as(users, "secretary")))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/staff/meetings/" + id + "/co-chairs").param("version", String.valueOf(fixtures.version(id)))
			.param("personId", String.valueOf(fixtures.person("mombek-abdiakimuly"))).with(csrf())
			.with(Logins.as(users, "secretary")))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/staff/meetings/" + id + "/agenda").param("version", String.valueOf(fixtures.version(id)))
			.param("titleKk", "Жол картасының екі жылдағы орындалуы").param("titleRu", "Исполнение за два года")
			.param("periodFromYear", "2023").param("periodFromMonth", "1").param("periodYear", "2024")
			.param("periodMonths", "12").with(csrf()).with(Logins.as(users, "secretary")))
			.andExpect(flash().attribute("saved", true));
		String page = mvc.perform(get("/staff/meetings/" + id).with(Logins.as(users, "secretary")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Баспасөз конференциясы, брифинг").contains("2023–2024 жылдар")
			.contains("журналистер").contains("Момбек").contains("id=\"eventKind\"").contains("id=\"periodFromYear\"");

		Actors.actAs(users, "secretary");
		meetings.markHeld(id, fixtures.version(id));
		Actors.nobody();

		// the page cache keys on the query string (MockMvc's param() sets none): filters go in the address
		String kk = mvc.perform(get("/meetings?kind=PRESS_CONFERENCE&format=MIXED&host=" + fixtures.unit("amanat")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(kk).contains("href=\"/meetings/" + id + "\"").contains("Баспасөз конференциясы, брифинг")
			.doesNotContain("Кеңес отырысы</span>");
		String none = mvc.perform(get("/meetings?kind=FORUM&from=" + day))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(none).doesNotContain("href=\"/meetings/" + id + "\"");
		String byDays = mvc.perform(get("/meetings?from=" + day.plusDays(1)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(byDays).doesNotContain("href=\"/meetings/" + id + "\"");

		String ru = mvc.perform(get("/meetings/" + id + "?lang=ru")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ru).contains("Пресс-конференция, брифинг").contains("Microsoft Teams").contains("журналисты")
			.contains("2023–2024 годы").contains("Председательствовали")
			.doesNotContain("teams.microsoft.com");

		mvc.perform(get("/api/v1/open/meetings/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PRESS_CONFERENCE"))
			.andExpect(jsonPath("$.format").value("MIXED"))
			.andExpect(jsonPath("$.onlinePlatform").value("Microsoft Teams"))
			.andExpect(jsonPath("$.host.kk").value("«AMANAT» партиясының Шымкент қалалық филиалы"))
			.andExpect(jsonPath("$.chairs.length()").value(2))
			.andExpect(jsonPath("$.audience[0].kind").value("JOURNALISTS"))
			.andExpect(jsonPath("$.audience[0].count").value(14))
			.andExpect(jsonPath("$.agenda[0].period.ru").value("2023–2024 годы"))
			.andExpect(jsonPath("$.onlineLink").doesNotExist());
		mvc.perform(get("/api/v1/open/meetings").param("limit", "500")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].kind").value(Matchers.contains("PRESS_CONFERENCE")));

		String byKind = mvc.perform(get("/org/" + branch + "/events")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(byKind).contains("Баспасөз конференциясы, брифинг").contains("Кеңес отырысы")
			.contains("href=\"/meetings/" + id + "\"");
	}

	@Test
	void theNewEventFormOffersEveryUnitTheSecretaryKeepsAndEveryKind() throws Exception {
		String page = mvc.perform(get("/staff/meetings/new").with(Logins.as(users, "secretary")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String hosts = page.substring(page.indexOf("id=\"councilId\""), page.indexOf("</select>", page.indexOf("id=\"councilId\"")));
		assertThat(hosts).contains("value=\"" + fixtures.unit("shymkent-branch") + "\"")
			.contains("value=\"" + fixtures.miras() + "\"")
			.doesNotContain("value=\"" + fixtures.unit("amanat") + "\"");
		assertThat(page).contains("value=\"RESIDENTS_MEETING\"").contains("value=\"FORUM\"")
			.contains("for=\"onlinePlatform\"");
	}
}
