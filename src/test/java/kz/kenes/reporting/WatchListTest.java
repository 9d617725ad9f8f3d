package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.organization.OrgUnits;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.KenesTest;

/**
 * Watch lists: the SECRETARY of a council or branch takes items under control until a date; others are refused;
 * the list, the item pages and the staff home show the watch with the item's status today; an expired watch is gone.
 */
@KenesTest
class WatchListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	OrgUnits units;

	@Autowired
	ProgressFigures figures;

	@Autowired
	UserDetailsService users;

	private long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	private ItemView item(String number) {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		return catalog.itemByNumber(roadmap, number).orElseThrow();
	}

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM watched_item").update();
	}

	private String body(long unit, long item, LocalDate until) {
		return """
				{"unitId": %d, "roadmapItemId": %d, "until": "%s", "note": "Мәжіліс шешімі бойынша"}"""
			.formatted(unit, item, until);
	}

	@Test
	void onlyTheSecretaryOfTheWatcherUnitAddsAndRemoves() throws Exception {
		long miras = unit("miras-council");
		ItemView one = item("1");
		LocalDate until = ActivityLog.today().plusDays(30);
		mvc.perform(post("/api/v1/watched-items").contentType(MediaType.APPLICATION_JSON)
			.content(body(miras, one.id(), until))).andExpect(status().isUnauthorized());
		for (String other : List.of("youth", "chair")) {
			mvc.perform(post("/api/v1/watched-items").with(httpBasic(other, "kenes-demo"))
				.contentType(MediaType.APPLICATION_JSON).content(body(miras, one.id(), until)))
				.andExpect(status().isForbidden());
		}
		// the branch's secretary does not keep the party's (the root's) list
		mvc.perform(post("/api/v1/watched-items").with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(unit("amanat"), one.id(), until)))
			.andExpect(status().isForbidden());
		// a department is no watcher; a past date is refused; an unknown item too: a message, nothing written
		mvc.perform(post("/api/v1/watched-items").with(httpBasic("admin", "kenes-demo"))
			.param("lang", "ru").contentType(MediaType.APPLICATION_JSON)
			.content(body(unit("dept-youth"), one.id(), until)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Взять мероприятие на контроль может только филиал партии, совет, бюро, контрольная комиссия, маслихат или фракция."));
		mvc.perform(post("/api/v1/watched-items").with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(miras, one.id(), ActivityLog.today().minusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.watch.until"));
		mvc.perform(post("/api/v1/watched-items").with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(miras, 987654321L, until)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.watch.item"));
		assertThat(jdbc.sql("SELECT count(*) FROM watched_item").query(Long.class).single()).isZero();

		mvc.perform(post("/api/v1/watched-items").with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(miras, one.id(), until)))
			.andExpect(status().isCreated());
		long id = jdbc.sql("SELECT id FROM watched_item").query(Long.class).single();
		mvc.perform(delete("/api/v1/watched-items/" + id).with(httpBasic("chair", "kenes-demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/reporting/watches/" + id + "/remove").with(user(users.loadUserByUsername("youth")))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM watched_item").query(Long.class).single()).isOne();
		mvc.perform(delete("/api/v1/watched-items/" + id).with(httpBasic("secretary", "kenes-demo")))
			.andExpect(status().isNoContent());
		assertThat(jdbc.sql("SELECT count(*) FROM watched_item").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'WatchedItem' AND entity_id = ?")
			.params(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theListsShowTheStatusTodayAndAnExpiredWatchIsGone() throws Exception {
		long miras = unit("miras-council");
		ItemView one = item("1");
		ItemView two = item("2");
		LocalDate today = ActivityLog.today();
		// by the page form
		mvc.perform(post("/staff/reporting/items/" + one.id() + "/watch").with(user(users.loadUserByUsername("secretary")))
			.with(csrf()).param("watcherUnitId", String.valueOf(miras)).param("until", today.plusDays(10).toString())
			.param("note", "Кеңес шешімі"))
			.andExpect(status().is3xxRedirection());
		// expired yesterday: listed nowhere
		jdbc.sql("""
				INSERT INTO watched_item (watcher_unit_id, roadmap_item, region_id, until, created_by)
				VALUES (?, ?, ?, ?, 'test')""").params(miras, two.id(), two.regionId(), today.minusDays(1)).update();

		ProgressStatus expected = figures.figures(List.of(one.id()), ReportPeriod.wholeYear(today.getYear()), today)
			.get(0).status();
		mvc.perform(get("/api/v1/watched-items").param("unit", String.valueOf(miras)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].itemId").value(one.id()))
			.andExpect(jsonPath("$[0].status").value(expected.name()))
			.andExpect(jsonPath("$[0].note").value("Кеңес шешімі"));

		String mirasName = units.findById(miras).orElseThrow().name().kk();
		String publicItem = mvc.perform(get("/roadmap/" + one.roadmapId() + "/items/" + one.id()).param("lang", "kk"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(publicItem).contains("Бақылауда").contains("«Miras»").contains(mirasName.substring(0, 20));
		String expiredItem = mvc.perform(get("/roadmap/" + two.roadmapId() + "/items/" + two.id()).param("lang", "kk"))
			.andReturn().getResponse().getContentAsString();
		assertThat(expiredItem).doesNotContain("Бақылауда");

		String home = mvc.perform(get("/staff").with(user(users.loadUserByUsername("secretary"))).param("lang", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("Мероприятия на нашем контроле")
			.contains("/staff/reporting/items/" + one.id() + "\"")
			.doesNotContain("/staff/reporting/items/" + two.id() + "\"");
		// a reporter of a department keeps no watch list
		assertThat(mvc.perform(get("/staff").with(user(users.loadUserByUsername("youth"))))
			.andReturn().getResponse().getContentAsString()).doesNotContain("watched-heading");
	}
}
