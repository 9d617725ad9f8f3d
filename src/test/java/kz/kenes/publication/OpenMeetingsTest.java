package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
class OpenMeetingsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void heldMeetingsAreOpenDataWithOfficialsButNoContacts() throws Exception {
		long id = jdbc.sql("""
				SELECT m.id FROM meeting m JOIN org_unit c ON c.id = m.council_id
				WHERE c.code = 'miras-council' AND m.starts_at::date = DATE '2024-11-15'""").query(Long.class).single();
		mvc.perform(get("/api/v1/open/meetings")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(Matchers.contains("PROTOCOL_SIGNED")));
		String record = mvc.perform(get("/api/v1/open/meetings/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.present[*].name.kk").value(Matchers.hasItem("Мұрат Жолдыхожаев")))
			.andExpect(jsonPath("$.reports[0].speaker.name.kk").value("Айгерім Жұмақұлова"))
			.andExpect(jsonPath("$.decisions.length()").value(2))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(record).doesNotContain("@").doesNotContain("phone").doesNotContain("email")
			.doesNotContain("onlineLink");
		String csv = mvc.perform(get("/api/v1/open/decisions.csv")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFmeeting_id,meeting_date,").contains("2024-11-15");
	}

	@Test
	void homeListsRecentMeetings() throws Exception {
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Өткен отырыстар").contains("2024 жылғы 15 қараша").containsPattern("href=\"/meetings/\\d+\"");
	}
}
