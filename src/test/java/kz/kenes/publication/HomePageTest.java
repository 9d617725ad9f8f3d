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
}
