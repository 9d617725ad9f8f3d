package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The run-time switches of the API documentation; the packaged jar is checked by PackagedJarIT. */
class ApiDocsSwitchTest {

	static int status(ApiDocsSwitch filter, String path) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
		return response.getStatus();
	}

	static ApiDocsSwitch switches(boolean apiDocs, boolean swaggerUi) {
		return new ApiDocsSwitch(apiDocs, swaggerUi, "/v3/api-docs", "/swagger-ui.html");
	}

	@Test
	void bothOnPassesEverything() throws Exception {
		ApiDocsSwitch on = switches(true, true);
		assertThat(status(on, "/v3/api-docs")).isEqualTo(200);
		assertThat(status(on, "/swagger-ui/index.html")).isEqualTo(200);
	}

	@Test
	void documentOffHidesTheDocumentAndTheUiButNotTheApi() throws Exception {
		ApiDocsSwitch off = switches(false, true);
		assertThat(status(off, "/v3/api-docs")).isEqualTo(404);
		assertThat(status(off, "/v3/api-docs/swagger-config")).isEqualTo(404);
		assertThat(status(off, "/v3/api-docs.yaml")).isEqualTo(404);
		assertThat(status(off, "/swagger-ui.html")).isEqualTo(404);
		assertThat(status(off, "/api/v1/progress")).isEqualTo(200);
		assertThat(status(off, "/v3/api-docsmore")).isEqualTo(200);
	}

	@Test
	void uiOffKeepsTheDocument() throws Exception {
		ApiDocsSwitch uiOff = switches(true, false);
		assertThat(status(uiOff, "/swagger-ui.html")).isEqualTo(404);
		assertThat(status(uiOff, "/swagger-ui/index.html")).isEqualTo(404);
		assertThat(status(uiOff, "/v3/api-docs")).isEqualTo(200);
	}
}
