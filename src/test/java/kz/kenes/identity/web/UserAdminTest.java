package kz.kenes.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.identity.Users;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

@KenesTest
class UserAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return Logins.as(userDetails, username);
	}

	long unitId(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
	}

	@Test
	void onlyAdminsSeeTheAdminPages() throws Exception {
		for (String user : new String[] { "member", "secretary", "youth" }) {
			mvc.perform(get("/staff/admin/users").with(as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/staff/admin/audit").with(as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/staff/admin/users").with(as("secretary")).with(csrf()).param("username", "sneaky")
			.param("displayName", "Sneaky").param("password", "long-enough-password").param("role", "ADMIN")
			.param("orgUnitId", String.valueOf(unitId("amanat"))))
			.andExpect(status().isForbidden());
		assertThat(users.existsByUsername("sneaky")).isFalse();
		mvc.perform(get("/staff/admin/users").with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("zholdykhozhaev"), containsString("Хатшы"),
					containsString("«Miras» аймақтық кеңесі"))));
	}

	@Test
	void shortPasswordIsRefusedWithAFieldError() throws Exception {
		mvc.perform(post("/staff/admin/users").with(as("admin")).with(csrf()).param("username", "shorty")
			.param("displayName", "Shorty").param("password", "123456789").param("role", "MEMBER")
			.param("orgUnitId", String.valueOf(unitId("miras-council"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Құпиясөз кемінде 10 таңбадан тұруы керек.")));
		assertThat(users.existsByUsername("shorty")).isFalse();
	}

	@Test
	void adminCreatesGrantsRevokesDisablesAndResetsEachAudited() throws Exception {
		mvc.perform(post("/staff/admin/users").with(as("admin")).with(csrf()).param("username", "New.Reporter")
			.param("displayName", "Жаңа есеп беруші").param("password", "first-password-1").param("role", "REPORTER")
			.param("orgUnitId", String.valueOf(unitId("dept-culture"))))
			.andExpect(status().is3xxRedirection());
		var user = users.findByUsername("new.reporter").orElseThrow();
		assertThat(user.getPasswordHash()).startsWith("$2");
		long id = user.getId();

		mvc.perform(post("/staff/admin/users/{id}/grant", id).with(as("admin")).with(csrf())
			.param("version", String.valueOf(user.getVersion())).param("role", "MEMBER")
			.param("orgUnitId", String.valueOf(unitId("miras-council"))))
			.andExpect(status().is3xxRedirection());
		user = users.findById(id).orElseThrow();
		assertThat(user.getRoles()).hasSize(2);
		mvc.perform(post("/staff/admin/users/{id}/revoke", id).with(as("admin")).with(csrf())
			.param("version", String.valueOf(user.getVersion())).param("role", "REPORTER")
			.param("orgUnitId", String.valueOf(unitId("dept-culture"))))
			.andExpect(status().is3xxRedirection());
		user = users.findById(id).orElseThrow();
		assertThat(user.getRoles()).extracting(g -> g.role().name()).containsExactly("MEMBER");

		mvc.perform(post("/staff/admin/users/{id}/password", id).with(as("admin")).with(csrf())
			.param("version", String.valueOf(user.getVersion())).param("password", "second-password-2"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user("new.reporter").password("second-password-2"))
			.andExpect(redirectedUrl("/staff"));

		user = users.findById(id).orElseThrow();
		mvc.perform(post("/staff/admin/users/{id}/enabled", id).with(as("admin")).with(csrf())
			.param("version", String.valueOf(user.getVersion())).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user("new.reporter").password("second-password-2"))
			.andExpect(redirectedUrl("/login?error"));

		assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'User' AND entity_id = ? ORDER BY id")
			.param(String.valueOf(id)).query(String.class).list())
			.containsExactly("CREATE", "GRANT", "REVOKE", "RESET_PASSWORD", "DISABLE");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'User' AND entity_id = ?"
				+ " AND (before_state::text LIKE '%$2%' OR after_state::text LIKE '%$2%')")
			.param(String.valueOf(id)).query(Integer.class).single()).isZero();
	}

	@Test
	void aStaleVersionIsAConflictNotASilentOverwrite() throws Exception {
		var user = users.findByUsername("culture").orElseThrow();
		mvc.perform(post("/staff/admin/users/{id}/grant", user.getId()).with(as("admin")).with(csrf())
			.param("version", String.valueOf(user.getVersion() - 1)).param("role", "ADMIN")
			.param("orgUnitId", String.valueOf(unitId("amanat"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("errorKey", "error.conflict"));
		assertThat(users.findByUsername("culture").orElseThrow().getRoles()).hasSize(1);
	}

	@Test
	void auditPageFiltersAndEscapesStoredText() throws Exception {
		jdbc.sql("""
				INSERT INTO audit_event (actor, entity_type, entity_id, action, after_state)
				VALUES ('mallory', 'Probe', '1', 'CREATE', '{"name": "<script>alert(1)</script>"}')""").update();
		mvc.perform(get("/staff/admin/audit").param("actor", "mallory").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")), not(containsString("demo-data</td>")))));
		mvc.perform(get("/staff/admin/audit").param("entityType", "OrgUnit").param("from", "2000-01-01")
			.param("to", "2000-01-31").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Жазбалар жоқ."), not(containsString("Бөлімше</span>")))));
		mvc.perform(get("/staff/admin/audit").param("entityType", "OrgUnit").param("lang", "ru").with(as("admin")))
			.andExpect(content().string(allOf(containsString("Подразделение</span>"), containsString("Создание"))));
		mvc.perform(get("/staff/admin/audit").param("from", "not-a-date").with(as("admin")))
			.andExpect(status().isBadRequest());
	}
}
