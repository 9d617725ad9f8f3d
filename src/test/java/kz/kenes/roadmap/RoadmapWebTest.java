package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.kenes.organization.OrgUnits;
import kz.kenes.support.KenesTest;

/** The roadmap's pages and API as anonymous readers, the secretary and a department reporter use them. */
@KenesTest
class RoadmapWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	OrgUnits units;

	@Autowired
	UserDetailsService users;

	private long roadmapId() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username))).with(csrf());
	}

	@Test
	void publicRoadmapIsReadableInThreeLanguages() throws Exception {
		long id = roadmapId();
		// one published roadmap opens at once; several (other tests approve roadmaps of their own) are offered to choose
		var landing = mvc.perform(get("/roadmap")).andReturn().getResponse();
		if (landing.getRedirectedUrl() != null) {
			org.assertj.core.api.Assertions.assertThat(landing.getRedirectedUrl()).isEqualTo("/roadmap/" + id);
		}
		else {
			org.assertj.core.api.Assertions.assertThat(landing.getStatus()).isEqualTo(200);
			org.assertj.core.api.Assertions.assertThat(landing.getContentAsString()).contains("/roadmap/" + id + "\"");
		}
		mvc.perform(get("/roadmap/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Отбасындағы зорлық-зомбылықтың алдын алу")))
			.andExpect(content().string(containsString("Жауапты орындаушылар")))
			.andExpect(content().string(containsString("2023–2027 жылдар")));
		mvc.perform(get("/roadmap/" + id).param("lang", "ru")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Профилактика бытового насилия")))
			.andExpect(content().string(containsString("Ответственные исполнители")));
		mvc.perform(get("/roadmap/" + id).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Prevention of domestic violence")))
			.andExpect(content().string(containsString("Responsible executors")));
	}

	@Test
	void publicFiltersNarrowTheTable() throws Exception {
		long religion = catalog.directionByCode("religion").orElseThrow().getId();
		mvc.perform(get("/roadmap/" + roadmapId()).param("direction", String.valueOf(religion)).param("lang", "kk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Конфессияаралық келісім күніне")))
			.andExpect(content().string(not(containsString("Ұлттық домбыра күніне"))));
		long culture = units.findByCode("dept-culture").orElseThrow().getId();
		mvc.perform(get("/roadmap/" + roadmapId()).param("executor", String.valueOf(culture)).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 мәдени-ағартушылық нысан салу")))
			.andExpect(content().string(not(containsString("Деструктивті діни ағымдардың"))));
	}

	@Test
	void publicItemShowsTheRevisedAndTheApprovedTarget() throws Exception {
		ItemView item = catalog.itemByNumber(roadmapId(), "14").orElseThrow();
		mvc.perform(get("/roadmap/" + roadmapId() + "/items/" + item.id()).param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("утверждено: 30")))
			.andExpect(content().string(containsString("30 → 36")));
	}

	@Test
	void staffPagesNeedALoginAndOnlyTheSecretaryGetsEditing() throws Exception {
		long id = roadmapId();
		mvc.perform(get("/staff/roadmaps/" + id)).andExpect(status().is3xxRedirection());
		mvc.perform(as("secretary", get("/staff/roadmaps/" + id))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/staff/roadmaps/" + id + "/items/new")));
		mvc.perform(as("member", get("/staff/roadmaps/" + id))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/staff/roadmaps/" + id + "/items/new"))));
		mvc.perform(as("culture", post("/staff/roadmaps/" + id + "/items").param("number", "980")
			.param("nameKk", "А").param("nameRu", "Н").param("completionForm", "REPORT").param("deadlineKind", "ANNUALLY")
			.param("deadlineEndYear", "2027").param("leadExecutorId", "1"))).andExpect(status().isForbidden());
		assertThat(catalog.itemByNumber(id, "980")).isEmpty();
	}

	@Test
	void formShowsRuleViolationsAndTypeErrorsInTheUsersLanguage() throws Exception {
		long id = roadmapId();
		String lead = String.valueOf(units.findByCode("dept-youth").orElseThrow().getId());
		mvc.perform(as("secretary", post("/staff/roadmaps/" + id + "/items").param("number", "981")
			.param("nameKk", "").param("nameRu", "Название").param("completionForm", "REPORT")
			.param("deadlineKind", "ANNUALLY").param("deadlineEndYear", "2027").param("leadExecutorId", lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Іс-шараның атауын қазақ және орыс тілдерінде көрсетіңіз.")));
		mvc.perform(as("secretary", post("/staff/roadmaps/" + id + "/items").param("number", "981")
			.param("nameKk", "Атауы").param("nameRu", "Название").param("completionForm", "REPORT")
			.param("deadlineKind", "ANNUALLY").param("deadlineEndYear", "2027").param("estimatedCost", "көп")
			.param("leadExecutorId", lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("«Болжамды шығыстар, ₸» өрісінің мәні дұрыс емес.")));
		assertThat(catalog.itemByNumber(id, "981")).isEmpty();
	}

	@Test
	void secondEditorOfTheSameItemSeesAConflictAndTheOtherPersonsChange() throws Exception {
		long id = roadmapId();
		String lead = String.valueOf(units.findByCode("dept-youth").orElseThrow().getId());
		mvc.perform(as("secretary", post("/staff/roadmaps/" + id + "/items").param("number", "982")
			.param("nameKk", "Бастапқы атауы").param("nameRu", "Исходное название").param("completionForm", "REPORT")
			.param("deadlineKind", "DATE").param("deadlineDate", "2025-06-30").param("leadExecutorId", lead)))
			.andExpect(redirectedUrlPattern("/staff/roadmaps/" + id + "/items/*"));
		ItemView item = catalog.itemByNumber(id, "982").orElseThrow();
		String path = "/staff/roadmaps/" + id + "/items/" + item.id();
		mvc.perform(as("secretary", post(path).param("version", String.valueOf(item.version())).param("number", "982")
			.param("nameKk", "Хатшы өзгертті").param("nameRu", "Изменил секретарь").param("completionForm", "REPORT")
			.param("deadlineKind", "DATE").param("deadlineDate", "2025-06-30").param("leadExecutorId", lead)))
			.andExpect(redirectedUrl(path));
		mvc.perform(as("zholdykhozhaev", post(path).param("version", String.valueOf(item.version()))
			.param("number", "982").param("nameKk", "Атқарушы хатшы өзгертті").param("nameRu", "Изменил исполнительный секретарь")
			.param("completionForm", "REPORT").param("deadlineKind", "DATE").param("deadlineDate", "2025-06-30")
			.param("leadExecutorId", lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Бұл жазбаны сізден бұрын басқа пайдаланушы өзгертті")))
			.andExpect(content().string(containsString("Хатшы өзгертті")))
			.andExpect(content().string(containsString("Атқарушы хатшы өзгертті")));
		assertThat(catalog.item(item.id()).orElseThrow().name().kk()).isEqualTo("Хатшы өзгертті");
	}

	@Test
	void apiGivesTheSeedItemsWithTheir2023And2024TargetsToAnyone() throws Exception {
		long id = roadmapId();
		mvc.perform(get("/api/v1/programs")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value(RoadmapCatalog.DEMO_PROGRAM))
			.andExpect(jsonPath("$[0].tasks.length()").value(5));
		mvc.perform(get("/api/v1/roadmaps")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].branchCode").value(org.hamcrest.Matchers.hasItems("shymkent-branch",
					"turkistan-branch")));
		mvc.perform(get("/api/v1/roadmaps/" + id + "/items").param("q", "1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].number").value("1"))
			.andExpect(jsonPath("$.items[0].executors[0].code").value("dept-youth"))
			.andExpect(jsonPath("$.items[0].indicators[0].targets[0].year").value(2023))
			.andExpect(jsonPath("$.items[0].indicators[0].targets[0].planned").value(20.0))
			.andExpect(jsonPath("$.items[0].indicators[0].targets[1].year").value(2024));
		long clubs = catalog.itemByNumber(id, "3").orElseThrow().id();
		mvc.perform(get("/api/v1/roadmaps/" + id + "/items/" + clubs)).andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].unit").value("FACILITIES"))
			.andExpect(jsonPath("$.indicators[0].targets[0].year").value(2024))
			.andExpect(jsonPath("$.indicators[0].targets[0].planned").value(4.0));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/roadmaps/{id}/items")));
	}

	@Test
	void apiWritesNeedTheSecretaryAndAnswerWithProblemDetails() throws Exception {
		long id = roadmapId();
		long lead = units.findByCode("dept-culture").orElseThrow().getId();
		String body = """
				{"number": "983", "name": {"kk": "API арқылы", "ru": "Через API"}, "completionForm": "REPORT",
				 "deadlineKind": "ANNUALLY", "deadlineEndYear": 2027, "leadExecutorId": %d}""".formatted(lead);
		mvc.perform(post("/api/v1/roadmaps/" + id + "/items").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/roadmaps/" + id + "/items").with(httpBasic("culture", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/roadmaps/" + id + "/items").with(httpBasic("secretary", "kenes-demo"))
			.header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"number\": \"983\"", "\"number\": \"x\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("roadmap.error.item.number"));
		mvc.perform(post("/api/v1/roadmaps/" + id + "/items").with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value("983"));
		ItemView item = catalog.itemByNumber(id, "983").orElseThrow();
		String change = body.replace("}", ", \"version\": " + (item.version() + 5) + "}");
		mvc.perform(put("/api/v1/roadmaps/" + id + "/items/" + item.id()).with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}
}
