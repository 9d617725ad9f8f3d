package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.support.KenesTest;

/** Party projects: kept by ADMIN through the API and the page, carried by items, filtering the roadmap. */
@KenesTest
class PartyProjectsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	ProjectRegistry projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private long roadmapId() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
	}

	private long projectId(String code) {
		return projects.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
	}

	@Test
	void adminCreatesAndChangesAProjectAndAStaleVersionIsAConflict() throws Exception {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String body = """
				{"code": "%s", "name": {"kk": "Сынақ жобасы", "ru": "Тестовый проект"}}""".formatted(code);
		mvc.perform(post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/projects").with(httpBasic("secretary", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects").with(httpBasic("admin", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code)).andExpect(jsonPath("$.version").value(0));
		long id = projectId(code);
		// anyone reads
		mvc.perform(get("/api/v1/projects")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '" + code + "')].name.kk").value("Сынақ жобасы"));
		mvc.perform(put("/api/v1/projects/" + id).with(httpBasic("admin", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": {"kk": "Жаңа атауы", "ru": "Новое название"}, "version": 0}"""
				.formatted(code)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/projects/" + id).with(httpBasic("admin", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": {"kk": "Ескі форма", "ru": "Старая форма"}, "version": 0}"""
				.formatted(code)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(projects.project(id).orElseThrow().name().kk()).isEqualTo("Жаңа атауы");
		// a second project with the same code, or without a Russian name: a message, nothing written
		long before = jdbc.sql("SELECT count(*) FROM party_project").query(Long.class).single();
		mvc.perform(post("/api/v1/projects").with(httpBasic("admin", "kenes-demo")).param("lang", "ru")
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.project.codeTaken"))
			.andExpect(jsonPath("$.detail").value("Проект с кодом «" + code + "» уже есть."));
		mvc.perform(post("/api/v1/projects").with(httpBasic("admin", "kenes-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"x-" + code + "\", \"name\": {\"kk\": \"Тек қазақша\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.project.name"));
		assertThat(jdbc.sql("SELECT count(*) FROM party_project").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'PartyProject' AND entity_id = ?")
			.params(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theAdminPageListsAndAddsProjectsOthersAreRefused() throws Exception {
		mvc.perform(get("/staff/projects").with(user(users.loadUserByUsername("admin"))).param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("«Казахстан без бытового насилия»")));
		mvc.perform(get("/staff/projects").with(user(users.loadUserByUsername("secretary"))))
			.andExpect(status().isForbidden());
		String code = "page-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/staff/projects").with(user(users.loadUserByUsername("admin"))).with(csrf())
			.param("code", code).param("nameKk", "Бетпен").param("nameRu", "Со страницы"))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.projects()).extracting(ProjectView::code).contains(code);
		mvc.perform(post("/staff/projects").with(user(users.loadUserByUsername("admin"))).with(csrf())
			.param("code", "Жаман код").param("nameKk", "А").param("nameRu", "Б"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
					"Жобаның коды дұрыс емес: «Жаман код». Кіші латын әріптері, сандар және дефис, 40 таңбаға дейін."));
	}

	@Test
	void itemsCarryProjectsAndAnUnknownProjectChangesNothing() throws Exception {
		long roadmap = roadmapId();
		long violence = projectId("zorlyq-zombylyqsyz");
		long culture = projectId("madeniet-ordasy");
		ItemView two = catalog.itemByNumber(roadmap, "2").orElseThrow();
		assertThat(two.projectIds()).containsExactlyInAnyOrder(violence, culture);
		// the API item carries projectIds; the roadmap filters by project
		mvc.perform(get("/api/v1/roadmaps/" + roadmap + "/items/" + two.id()))
			.andExpect(jsonPath("$.projectIds.length()").value(2));
		mvc.perform(get("/api/v1/roadmaps/" + roadmap + "/items").param("project", String.valueOf(violence)))
			.andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].number").value("1"));
		mvc.perform(get("/roadmap/" + roadmap).param("project", String.valueOf(culture)).param("lang", "kk"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("«Мәдениет ордасы» (мысал)")));
		// an unknown project: 422 with a message, the item and its projects unchanged
		long lead = two.lead().orElseThrow().orgUnitId();
		String body = """
				{"number": "2", "name": {"kk": "Өзгертілген", "ru": "Изменено"}, "completionForm": "REPORT",
				 "deadlineKind": "ANNUALLY", "deadlineEndYear": 2027, "leadExecutorId": %d, "version": %d,
				 "projectIds": [%d, 987654321]}""".formatted(lead, two.version(), violence);
		mvc.perform(put("/api/v1/roadmaps/" + roadmap + "/items/" + two.id()).with(httpBasic("secretary", "kenes-demo"))
			.param("lang", "en").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.project.unknown"))
			.andExpect(jsonPath("$.detail").value("No such party project: 987654321. Nothing was saved."));
		ItemView after = catalog.item(two.id()).orElseThrow();
		assertThat(after.name()).isEqualTo(two.name());
		assertThat(after.version()).isEqualTo(two.version());
		assertThat(after.projectIds()).containsExactlyInAnyOrder(violence, culture);
		// the staff form too: the message in the user's language, nothing saved
		mvc.perform(post("/staff/roadmaps/" + roadmap + "/items/" + two.id())
			.with(user(users.loadUserByUsername("secretary"))).with(csrf()).param("lang", "ru")
			.param("number", "2").param("nameKk", "Өзгертілген").param("nameRu", "Изменено")
			.param("completionForm", "REPORT").param("deadlineKind", "ANNUALLY").param("deadlineEndYear", "2027")
			.param("leadExecutorId", String.valueOf(lead)).param("version", String.valueOf(two.version()))
			.param("projectIds", "987654321"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Такого партийного проекта нет: 987654321. Ничего не сохранено.")));
		assertThat(catalog.item(two.id()).orElseThrow()).isEqualTo(after);
	}

	@Test
	void theSecretarySetsAnItemsProjectsWithTheFormInOneTransaction() throws Exception {
		long roadmap = roadmapId();
		long clean = projectId("taza-qazaqstan");
		ItemView item = catalog.itemByNumber(roadmap, "4").orElseThrow();
		List<Long> before = item.projectIds();
		long lead = item.lead().orElseThrow().orgUnitId();
		try {
			mvc.perform(post("/staff/roadmaps/" + roadmap + "/items/" + item.id())
				.with(user(users.loadUserByUsername("secretary"))).with(csrf())
				.param("number", item.number()).param("nameKk", item.name().kk()).param("nameRu", item.name().ru())
				.param("completionForm", item.completionForm().name())
				.param("deadlineKind", item.deadline().kind().name())
				.param("deadlineEndYear", String.valueOf(item.deadline().endYear()))
				.param("deadlineDate", item.deadline().date() == null ? "" : item.deadline().date().toString())
				.param("taskId", String.valueOf(item.taskId())).param("directionId", String.valueOf(item.directionId()))
				.param("leadExecutorId", String.valueOf(lead)).param("version", String.valueOf(item.version()))
				.param("projectIds", String.valueOf(clean)))
				.andExpect(status().is3xxRedirection());
			assertThat(projects.projectIdsOf(item.id())).containsExactly(clean);
			mvc.perform(get("/staff/roadmaps/" + roadmap + "/items/" + item.id())
				.with(user(users.loadUserByUsername("secretary"))).param("lang", "ru"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Партийные проекты")));
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.getContext()
				.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
						users.loadUserByUsername("admin"), null,
						users.loadUserByUsername("admin").getAuthorities()));
			projects.assign(item.id(), before);
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}
}
