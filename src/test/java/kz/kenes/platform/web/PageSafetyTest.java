package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import kz.kenes.support.KenesTest;

/**
 * What every response guards: no redirect to another site whatever the Referer says, no server error for the error
 * page asked for directly, a Permissions-Policy everywhere, and an upload over the server's limits answered with
 * "too large" in the user's language (page and problem detail) instead of an empty error.
 */
@KenesTest
class PageSafetyTest {

	private static final String EVIL = "https://evil.example//evil.example/x";

	@Autowired
	MockMvc mvc;

	@Autowired
	UploadTooLarge uploadTooLarge;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anUnreadableAddressNeverRedirectsToTheHostTheRefererNames() throws Exception {
		for (String path : new String[] { "/meetings/abc", "/councils/abc/meetings.ics" }) {
			for (String referer : new String[] { EVIL, "//evil.example/x", "https://evil.example/meetings",
					"/\\evil.example/x" }) {
				MvcResult result = mvc.perform(get(path).header("Referer", referer)).andReturn();
				String location = result.getResponse().getHeader("Location");
				assertThat(location).as("%s from %s", path, referer)
					.satisfiesAnyOf(l -> assertThat(l).isNull(), l -> assertThat(l).startsWith("/").doesNotStartWith("//")
						.doesNotStartWith("/\\").doesNotContain("evil.example"));
				assertThat(result.getResponse().getStatus()).isLessThan(500);
			}
			// with no Referer, no redirect to itself (which looped) but a 400 page
			mvc.perform(get(path)).andExpect(status().isBadRequest());
		}
		// a page of this site is where the user goes back to
		MvcResult back = mvc.perform(get("/meetings/abc").header("Referer", "https://kenes.example/meetings?page=2"))
			.andReturn();
		assertThat(back.getResponse().getHeader("Location")).isEqualTo("/meetings?page=2");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFoundNotAServerError() throws Exception {
		mvc.perform(get("/error")).andExpect(status().isNotFound());
		mvc.perform(get("/error").accept("application/json")).andExpect(status().isNotFound());
	}

	@Test
	void everyResponseDeniesCameraMicrophoneAndLocation() throws Exception {
		for (String path : new String[] { "/", "/news", "/api/v1/progress/regions", "/css/kenes.css", "/error",
				"/no-such-page" }) {
			mvc.perform(get(path)).andExpect(header().string("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), interest-cohort=()"));
		}
	}

	@Test
	void anUploadOverTheServersLimitIsTooLargeOnPagesAndInTheApi() throws Exception {
		MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(20 * 1024 * 1024);

		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		MockHttpServletRequest page = new MockHttpServletRequest("POST", "/staff/reporting/files");
		page.addHeader("Referer", "https://kenes.example/staff/reporting/items/7");
		ModelAndView answer = uploadTooLarge.resolve(page, new MockHttpServletResponse(), null, tooLarge);
		assertThat(answer).isNotNull();
		assertThat(answer.getViewName()).isEqualTo("error");
		assertThat(answer.getStatus().value()).isEqualTo(413);
		assertThat(answer.getModel().get("message")).isEqualTo("Файл слишком большой: не более 20 МБ. Загрузите файл поменьше.");
		assertThat(answer.getModel().get("back")).isEqualTo("/staff/reporting/items/7");

		LocaleContextHolder.setLocale(Locale.forLanguageTag("kk"));
		MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/v1/reporting/files");
		MockHttpServletResponse problem = new MockHttpServletResponse();
		assertThat(uploadTooLarge.resolve(api, problem, null, tooLarge)).isNotNull();
		assertThat(problem.getStatus()).isEqualTo(413);
		assertThat(problem.getContentType()).startsWith("application/problem+json");
		assertThat(problem.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":413")
			.contains("\"title\":\"Файл тым үлкен\"").contains("ең көбі 20 МБ").contains("\"code\":\"error.upload.tooLarge\"");

		// anything else is left to the other resolvers
		assertThat(uploadTooLarge.resolve(api, new MockHttpServletResponse(), null, new IllegalStateException()))
			.isNull();
	}
}
