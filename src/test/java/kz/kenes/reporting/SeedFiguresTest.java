package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.KenesTest;

/** The seed news item's figures, derived from the demo's logged activities and accepted reports. */
@KenesTest
class SeedFiguresTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	ProgressFigures figures;

	@Autowired
	JdbcClient jdbc;

	long item(String number) {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		return catalog.itemByNumber(roadmap, number).orElseThrow().id();
	}

	@Test
	void twentyOfTwentyAndTwentyFiveOfTwentyFiveIn2023() {
		var f = figures.figures(List.of(item("1"), item("2")), 2023);
		assertThat(f.get(0).status()).isEqualTo(ProgressStatus.DONE);
		assertThat(f.get(0).indicators()).anySatisfy(i -> {
			assertThat(i.unit()).isEqualTo("EVENTS");
			assertThat(i.planned()).isEqualByComparingTo("20");
			assertThat(i.actual()).isEqualByComparingTo("20");
		});
		assertThat(f.get(0).indicators()).anySatisfy(i -> {
			assertThat(i.unit()).isEqualTo("PARTICIPANTS");
			assertThat(i.actual()).isGreaterThan(new java.math.BigDecimal("5000"));
		});
		assertThat(f.get(1).status()).isEqualTo(ProgressStatus.DONE);
		assertThat(f.get(1).indicators().get(0).actual()).isEqualByComparingTo("25");
		var meetings = figures.activityTotals(List.of(item("1")), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
		assertThat(meetings.get(0).activities()).isEqualTo(20);
		assertThat(meetings.get(0).youthParticipants()).isEqualTo(5240);
		assertThat(jdbc.sql("""
				SELECT u.code FROM sub_project p JOIN org_unit u ON u.id = p.winner_unit_id WHERE p.roadmap_item = ?""")
			.param(item("1")).query(String.class).single()).isEqualTo("baiterek");
	}

	@Test
	void fourClubsIn2024AtTheirStages() {
		assertThat(jdbc.sql("SELECT stage || ':' || percent_complete FROM facility WHERE roadmap_item = ? ORDER BY id")
			.param(item("3")).query(String.class).list())
			.containsExactly("COMMISSIONED:100", "CONSTRUCTION:75", "CONSTRUCTION:45", "DESIGN:15");
	}

	@Test
	void theProgressApiIsPublicAndShowsThe2023Figures() throws Exception {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		mvc.perform(get("/api/v1/progress").param("roadmap", String.valueOf(roadmap)).param("year", "2023")
			.param("by", "item").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2023))
			.andExpect(jsonPath("$.rows[?(@.code == '1')].units.EVENTS.actual").value(20.0))
			.andExpect(jsonPath("$.rows[?(@.code == '1')].units.EVENTS.planned").value(20.0))
			.andExpect(jsonPath("$.rows[?(@.code == '2')].units.EVENTS.actual").value(25.0))
			.andExpect(jsonPath("$.rows[?(@.code == '1')].done").value(1));
		// 22 of the 23 demo items have 2024 targets (item 10 starts in 2025)
		mvc.perform(get("/api/v1/progress").param("roadmap", String.valueOf(roadmap)).param("year", "2024")
			.param("period", "m10").param("by", "direction").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periodLabel").value("10 месяцев 2024 года"))
			.andExpect(jsonPath("$.total.items").value(22));
		mvc.perform(get("/api/v1/progress").param("year", "2024").param("by", "nonsense"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.rollup.by"));
	}
}
