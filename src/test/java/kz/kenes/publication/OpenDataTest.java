package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

@KenesTest
class OpenDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void approvedRoadmapsAreOpenAsJsonAndCsvWithoutLogin() throws Exception {
		long id = jdbc.sql("""
				SELECT r.id FROM roadmap r JOIN org_unit b ON b.id = r.branch_id WHERE b.code = 'shymkent-branch'""")
			.query(Long.class).single();
		mvc.perform(get("/api/v1/open/roadmaps")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].branchCode").value(Matchers.contains("shymkent-branch")))
			.andExpect(header().exists("ETag"));
		mvc.perform(get("/api/v1/open/roadmaps/" + id + "/items")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value("1"))
			.andExpect(jsonPath("$[0].name.kk").value("Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу"))
			.andExpect(jsonPath("$[0].indicators[0].targets[0].year").value(2023))
			.andExpect(jsonPath("$[0].indicators[0].targets[0].planned").value(20));
		byte[] csv = mvc.perform(get("/api/v1/open/roadmaps/" + id + "/items.csv")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("roadmap-" + id + ".csv")))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFnumber,item_kk,item_ru,");
		assertThat(text.lines().filter(l -> l.startsWith("1,")).findFirst().orElseThrow())
			.contains("Отбасындағы зорлық-зомбылықтың алдын алу")
			.contains(",EVENTS,2023,20,20,");
		// nothing personal: no person appears in open data
		assertThat(text).doesNotContain("Жұмақұлова");
		mvc.perform(get("/api/v1/open/roadmaps/999999/items")).andExpect(status().isNotFound());
	}

	@Test
	void openProgressNarrowsToAComputedStatusAndRefusesAnUnknownOne() throws Exception {
		String all = mvc.perform(get("/api/v1/open/progress?year=2023&by=item")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(get("/api/v1/open/progress?year=2023&by=item&status=done")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").isNotEmpty())
			// every row left is an item judged done: its items are all counted as done
			.andExpect(jsonPath("$.rows[?(@.items != @.done)]").isEmpty());
		mvc.perform(get("/api/v1/open/progress?year=2023&by=item&status=not_done"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.done > 0)]").isEmpty());
		assertThat(all).contains("\"done\"");
		mvc.perform(get("/api/v1/open/progress?year=2023&by=item&status=nonsense"))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/open/progress.csv?year=2023&by=item&status=done")).andExpect(status().isOk());
	}
}
