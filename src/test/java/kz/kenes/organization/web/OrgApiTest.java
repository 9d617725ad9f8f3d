package kz.kenes.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.organization.OrgUnits;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

@KenesTest
class OrgApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return Logins.as(users, username);
	}

	String unitJson(Long parentId, String kind, String code, String kk, Integer version) {
		return """
				{"parentId": %s, "kind": %s, "code": %s,
				 "name": {"kk": %s, "ru": "Совет API", "en": "API council"}, "version": %s}"""
			.formatted(parentId, kind == null ? null : '"' + kind + '"', code == null ? null : '"' + code + '"',
					kk == null ? null : '"' + kk + '"', version);
	}

	long branchId() {
		return units.findByCode("shymkent-branch").orElseThrow().getId();
	}

	@Test
	void anonymousCallersGet401EvenForWrites() throws Exception {
		mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), "COUNCIL", "anon-council", "Кеңес", null)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anyStaffMemberReadsButAMemberCannotWrite() throws Exception {
		mvc.perform(get("/api/v1/org-units").with(as("member"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("miras-council")));
		mvc.perform(post("/api/v1/org-units").with(as("member")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), "COUNCIL", "member-council", "Кеңес", null)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/people").with(as("member")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": {"kk": "Біреу", "ru": "Кто-то", "en": "Someone"}}"""))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(units.findByCode("member-council")).isEmpty();
	}

	@Test
	void invalidPayloadGets400WithFieldErrorsInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/org-units").with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), null, "Bad Code!", "", null)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.kind").value("Толтыру міндетті."))
			.andExpect(jsonPath("$.errors.code").value("Тек латын кіші әріптері, цифрлар және дефис."))
			.andExpect(jsonPath("$.errors['name.kk']").value("Толтыру міндетті."));
	}

	@Test
	void secretaryCreatesInTheirSubtreeAndStaleUpdatesGet409() throws Exception {
		String location = mvc.perform(post("/api/v1/org-units").with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), "COUNCIL", "api-youth-council", "Жастар кеңесі", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/org-units/")))
			.andExpect(jsonPath("$.name.kk").value("Жастар кеңесі"))
			.andExpect(jsonPath("$.parentId").value(branchId()))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(put("/api/v1/org-units/{id}", id).with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), "COUNCIL", "api-youth-council", "Жастар ісі кеңесі", 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(put("/api/v1/org-units/{id}", id).with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), "COUNCIL", "api-youth-council", "Ескі нұсқа", 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value(containsString("басқа пайдаланушы өзгертті")));
		mvc.perform(get("/api/v1/org-units/{id}", id).with(as("member")))
			.andExpect(jsonPath("$.name.kk").value("Жастар ісі кеңесі"));

		long akimat = units.findByCode("shymkent-akimat").orElseThrow().getId();
		mvc.perform(post("/api/v1/org-units").with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(akimat, "DEPARTMENT", "not-my-dept", "Басқарма", null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void duplicateCodeIsRefusedWithAReason() throws Exception {
		mvc.perform(post("/api/v1/org-units").with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(branchId(), "COUNCIL", "miras-council", "Екінші", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("miras-council")));
	}

	@Test
	void peopleAreCreatedListedAndUpdated() throws Exception {
		String body = mvc.perform(post("/api/v1/people").with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "api-person", "fullName": {"kk": "Әсел Нұрова", "ru": "Асель Нурова", "en": "Assel Nurova"},
					 "email": "assel@example.kz"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/people").param("q", "нұров").with(as("member")))
			.andExpect(jsonPath("$[*].fullName.kk", hasItem("Әсел Нұрова")));
		mvc.perform(put("/api/v1/people/{id}", id).with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": {"kk": "Әсел Нұрқызы", "ru": "Асель Нуркызы", "en": "Assel Nurkyzy"},
					 "email": "not-an-email", "version": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.email").exists());
		mvc.perform(put("/api/v1/people/{id}", id).with(as("secretary")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": {"kk": "Әсел Нұрқызы", "ru": "Асель Нуркызы", "en": "Assel Nurkyzy"}, "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName.kk").value("Әсел Нұрқызы"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql(
				"SELECT count(*) FROM audit_event WHERE entity_type = 'Person' AND entity_id = ? AND actor = 'secretary'")
			.param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void positionsOfAUnitNameItsChair() throws Exception {
		long miras = units.findByCode("miras-council").orElseThrow().getId();
		mvc.perform(get("/api/v1/org-units/{id}/positions", miras).with(as("member"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].post").value("CHAIR"))
			.andExpect(jsonPath("$[0].personName.kk").value("Момбек Әбдіәкімұлы"))
			.andExpect(jsonPath("$[0].startDate").value("2023-01-01"));
		mvc.perform(get("/api/v1/org-units/{id}/positions", 999999).with(as("member")))
			.andExpect(status().isNotFound());
	}

	@Test
	void appointAndEndAPositionThroughTheApi() throws Exception {
		long control = units.findByCode("shymkent-control").orElseThrow().getId();
		long person = jdbc.sql("SELECT id FROM person WHERE code = 'example-member-3'").query(Long.class).single();
		mvc.perform(post("/api/v1/org-units/{id}/positions", control).with(as("member"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\": %d, \"post\": \"CHAIR\", \"startDate\": \"2024-01-15\"}".formatted(person)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/org-units/{id}/positions", control).with(as("secretary"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"personId\": %d}".formatted(person)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.post").value("Толтыру міндетті."));
		String body = mvc.perform(post("/api/v1/org-units/{id}/positions", control).with(as("secretary"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\": %d, \"post\": \"CHAIR\", \"startDate\": \"2024-01-15\"}".formatted(person)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.personName.kk").value("Нұрлан Қасымов"))
			.andReturn().getResponse().getContentAsString();
		long position = Long.parseLong(body.replaceAll("(?s).*\"positionId\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/positions/{id}/end", position).with(as("secretary"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"endDate\": \"2023-12-31\", \"version\": 0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Аяқталған күні басталған күнінен бұрын болмауы керек."));
		mvc.perform(post("/api/v1/positions/{id}/end", position).with(as("secretary"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"endDate\": \"2024-12-31\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endDate").value("2024-12-31"));
		mvc.perform(post("/api/v1/positions/{id}/end", position).with(as("secretary"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"endDate\": \"2025-01-31\", \"version\": 0}"))
			.andExpect(status().isConflict());
	}

	@Test
	void theApiIsDocumentedInOpenApiBuiltOnFirstUse() throws Exception {
		assertThat(beans.getBeanDefinition("openApiResource").isLazyInit()).as("not made at start").isTrue();
		assertThat(beans.getBeanDefinition("swaggerConfigResource").isLazyInit()).isTrue();
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/org-units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
