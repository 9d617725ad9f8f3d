package kz.kenes.i18n;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

@KenesTest
class LanguageSwitchTest {

	@Autowired
	MockMvc mvc;

	@Test
	void kazakhByDefaultThenTheChosenLanguageIsRememberedForTheSession() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"kk\"")))
			.andExpect(content().string(containsString("Басты бет")));
		Cookie session = mvc.perform(get("/").param("lang", "ru"))
			.andExpect(content().string(containsString("Главная")))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("Главная")));
		mvc.perform(get("/").param("lang", "en").cookie(session))
			.andExpect(content().string(containsString("lang=\"en\"")));
		mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("Home")));
	}

	@Test
	void unknownLanguageFallsBackToKazakh() throws Exception {
		mvc.perform(get("/").param("lang", "xx")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Басты бет")));
		mvc.perform(get("/").header("Accept-Language", "de-DE")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Басты бет")));
	}
}
