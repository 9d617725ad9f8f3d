package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

@KenesTest
class HomePageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void homeShowsProgressByDirectionLatestNewsAndTheProposalEntry() throws Exception {
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).containsPattern("20\\d\\d жылғы бағыттар бойынша орындалу барысы")
			.contains("<td>Мәдениет</td>").contains("data-chart=\"{")
			.containsPattern("/webjars/chart.js/[^\"]*chart.umd.js").contains("/js/progress-chart.js")
			.contains("«AMANAT» ПАРТИЯСЫ: «MIRAS» АЙМАҚТЫҚ КЕҢЕСІНІҢ ОТЫРЫСЫ ӨТТІ")
			.contains("href=\"/proposals/new\"");
		String ru = mvc.perform(get("/?lang=ru")).andReturn().getResponse().getContentAsString();
		assertThat(ru).containsPattern("Ход исполнения по направлениям за 20\\d\\d год").contains("<td>Культура</td>");
	}

	@Test
	void progressIsOpenDataAsJsonAndCsv() throws Exception {
		mvc.perform(get("/api/v1/open/progress?year=2023&by=direction")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.year").value(2023))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.rows").isArray())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.asOf").isString());
		mvc.perform(get("/api/v1/open/progress?year=2023&by=direction").accept("application/yaml"))
			.andExpect(status().isNotAcceptable());
		String csv = mvc.perform(get("/api/v1/open/progress.csv?year=2023&by=item")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFyear,by,code,name_kk,name_ru,")
			.contains("2023,item,1,\"Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу\",").contains(",100,EVENTS,20,20");
		mvc.perform(get("/api/v1/open/progress?by=nonsense")).andExpect(status().isUnprocessableContent());
	}
}
