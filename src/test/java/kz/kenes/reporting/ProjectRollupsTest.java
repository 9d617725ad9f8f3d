package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.ProjectView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.KenesTest;

/**
 * Rollups by party project on the demo data: each project's row is the sum of the rows of the items that carry it
 * (an item of two projects in both), and the pages and APIs take {@code by=project}, {@code project=} and
 * {@code status=}, a wrong status being a message.
 */
@KenesTest
class ProjectRollupsTest {

	@Autowired
	ProgressRollups rollups;

	@Autowired
	ProjectRegistry projects;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	MockMvc mvc;

	@Test
	void aProjectsRowIsTheSumOfItsItemsRows() {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		int checked = 0;
		for (int year : List.of(2023, 2024)) {
			RollupFilter filter = RollupFilter.of(year, ReportPeriod.wholeYear(year), RollupDimension.PROJECT)
				.roadmap(roadmap);
			Rollup byProject = rollups.rollup(filter);
			Map<Long, Rollup.Row> byItem = new HashMap<>();
			rollups.rollup(filter.by(RollupDimension.ITEM)).rows().forEach(r -> byItem.put(r.key(), r));
			for (ProjectView project : projects.projects()) {
				List<Rollup.Row> items = byItem.values().stream()
					.filter(r -> projects.projectIdsOf(r.key()).contains(project.id())).toList();
				Rollup.Row row = byProject.rows().stream().filter(r -> r.key() == project.id()).findFirst()
					.orElse(null);
				if (items.isEmpty()) {
					assertThat(row).as("%s in %d", project.code(), year).isNull();
					continue;
				}
				checked++;
				assertThat(row.items()).isEqualTo(items.size());
				assertThat(row.done()).isEqualTo(items.stream().mapToInt(Rollup.Row::done).sum());
				assertThat(row.notDone() + row.problem() + row.inProgress())
					.isEqualTo(items.stream().mapToInt(r -> r.notDone() + r.problem() + r.inProgress()).sum());
				row.units().forEach((unit, sum) -> {
					assertThat(sum.planned()).isEqualByComparingTo(items.stream().map(r -> r.units().get(unit))
						.filter(s -> s != null).map(Rollup.UnitSum::planned).reduce(BigDecimal.ZERO, BigDecimal::add));
					assertThat(sum.actual()).isEqualByComparingTo(items.stream().map(r -> r.units().get(unit))
						.filter(s -> s != null).map(Rollup.UnitSum::actual).reduce(BigDecimal.ZERO, BigDecimal::add));
				});
				// the drill-down of the row lists exactly those items
				assertThat(rollups.rollup(filter.drillInto(project.id())).rows()).extracting(Rollup.Row::key)
					.containsExactlyInAnyOrderElementsOf(items.stream().map(Rollup.Row::key).toList());
			}
		}
		assertThat(checked).as("demo projects with figures").isGreaterThanOrEqualTo(2);
	}

	@Test
	void pagesAndApisTakeProjectAndStatus() throws Exception {
		mvc.perform(get("/api/v1/progress").param("year", "2024").param("by", "project").param("lang", "ru"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.by").value("project"))
			.andExpect(jsonPath("$.rows[?(@.name == '«Казахстан без бытового насилия»')]").exists());
		mvc.perform(get("/api/v1/open/progress").param("year", "2024").param("by", "project"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.code == 'zorlyq-zombylyqsyz')]").exists());
		mvc.perform(get("/api/v1/progress").param("year", "2024").param("status", "late").param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.status"));
		mvc.perform(get("/api/v1/progress").param("year", "2024").param("status", "done").param("overdue", "true"))
			.andExpect(status().isOk());
		String page = mvc.perform(get("/progress").param("year", "2024").param("by", "project").param("status", "late")
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Wrong status (done, on_track, behind, not_done, problem).")
			.contains("Kazakhstan without domestic violence");
	}
}
