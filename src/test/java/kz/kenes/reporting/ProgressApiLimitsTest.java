package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.kenes.support.KenesTest;

/** The progress API refuses what it cannot answer in bounded time, and rations fresh computations per visitor. */
@KenesTest
class ProgressApiLimitsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aNationalListOfItemsIsRefusedWithAReason() throws Exception {
		mvc.perform(get("/api/v1/progress").param("year", "2024").param("by", "item").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("reporting.error.items.unbounded"))
			.andExpect(jsonPath("$.detail").value("Too many items to list: choose a roadmap or a branch."));
		String ids = IntStream.rangeClosed(1, 501).mapToObj(String::valueOf).collect(Collectors.joining(","));
		mvc.perform(get("/api/v1/progress/items").param("ids", ids).param("year", "2024").param("lang", "ru"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("В одном запросе не более 500 мероприятий."));
	}

	@Test
	void thePublicPageListsANationalDrillDownByBranchInstead() throws Exception {
		String page = mvc.perform(get("/progress").param("year", "2024").param("by", "item").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Too many items to list: choose a roadmap or a branch.");
	}

	@Test
	void anAnonymousVisitorMayHaveThirtyRollupsComputedAMinuteCachedOnesAreFree() throws Exception {
		String visitor = "10.77.0." + (System.nanoTime() % 200);
		// A crawl over filters nobody asked for before: each is computed afresh, and within the limit answered...
		int answered = 0;
		MvcResult refused = null;
		while (refused == null && answered < 80) {
			MvcResult result = mvc.perform(from(visitor, fresh(answered).param("lang", "en"))).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
			else {
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				answered++;
			}
		}
		// ...until the limit (30 a minute; a minute may turn over once during the crawl), then refused with a wait.
		assertThat(refused).as("refused within 80 fresh rollups").isNotNull();
		assertThat(answered).isGreaterThanOrEqualTo(30);
		assertThat(refused.getResponse().getHeader("Retry-After")).matches("[1-9][0-9]?");
		assertThat(refused.getResponse().getContentAsString()).contains("reporting.error.rollups.rateLimited");
		// A rollup already computed is still served to the same visitor,
		mvc.perform(from(visitor, fresh(0))).andExpect(status().isOk());
		// but not for another visitor, nor for a logged-in secretary at the same address.
		mvc.perform(from("10.78.0.1", fresh(100))).andExpect(status().isOk());
		mvc.perform(from(visitor, fresh(101)).with(user("secretary").roles("SECRETARY"))).andExpect(status().isOk());
	}

	/** A filter of a direction that does not exist: a distinct rollup computed afresh, empty. */
	private static MockHttpServletRequestBuilder fresh(int n) {
		return get("/api/v1/progress").param("year", "2024").param("direction", String.valueOf(9_000_000 + n))
			.param("period", "m" + (1 + n % 12)).param("by", n % 2 == 0 ? "task" : "executor");
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}
}
