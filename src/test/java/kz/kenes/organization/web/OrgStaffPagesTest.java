package kz.kenes.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

@KenesTest
class OrgStaffPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return Logins.as(users, username);
	}

	static MockHttpServletRequestBuilder in(String lang, MockHttpServletRequestBuilder request) {
		// ?lang= switches the session's language (a request attribute would not reach the JDBC-backed session)
		return request.param("lang", lang);
	}

	OrgUnit unit(String code) {
		return units.findByCode(code).orElseThrow();
	}

	@Test
	void everyStaffMemberReadsTheTreeWithTranslatedKindsAndPosts() throws Exception {
		mvc.perform(get("/staff/org").with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("«Miras» аймақтық кеңесі"), containsString("Кеңес"),
					containsString("Басқарма"), not(containsString("/staff/org/units/new")))));
		long miras = unit("miras-council").getId();
		mvc.perform(in("ru", get("/staff/org/units/{id}", miras)).with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Момбек Абдиакимулы"), containsString("Председатель"),
					containsString("01.01.2023"), not(containsString("/positions/")))));
		mvc.perform(get("/staff/org/units/{id}", unit("shymkent-branch").getId()).with(as("secretary")))
			.andExpect(content().string(allOf(containsString("Атқарушы хатшы"), containsString("Мұрат Жолдыхожаев"),
					containsString("/staff/org/units/new?parentId="))));
	}

	@Test
	void invalidUnitFormShowsFieldErrorsInKazakhAndRussianAndSavesNothing() throws Exception {
		long before = units.count();
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf())
			.param("parentId", String.valueOf(unit("shymkent-branch").getId())).param("code", "Bad code")
			.param("nameKk", "").param("nameRu", "x".repeat(401)).param("nameEn", "Council"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Толтыру міндетті."),
					containsString("Тек латын кіші әріптері, цифрлар және дефис."), containsString("Ең көбі 400 таңба."),
					containsString("is-invalid"))));
		mvc.perform(in("ru", post("/staff/org/units")).with(as("admin")).with(csrf()).param("code", "")
			.param("nameKk", "Кеңес").param("nameRu", "").param("nameEn", "Council").param("startDate", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Обязательное поле."), not(containsString("Толтыру")))));
		assertThat(units.count()).isEqualTo(before);
	}

	@Test
	void adminCreatesAndEditsAUnitEachChangeAudited() throws Exception {
		long branch = unit("shymkent-branch").getId();
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf()).param("parentId", String.valueOf(branch))
			.param("kind", "COUNCIL").param("code", "ui-sport-council").param("nameKk", "Спорт кеңесі")
			.param("nameRu", "Совет по спорту").param("nameEn", "Sports council"))
			.andExpect(status().is3xxRedirection());
		OrgUnit created = unit("ui-sport-council");
		assertThat(created.getParentId()).isEqualTo(branch);
		assertThat(created.getRegionId()).isEqualTo(unit("shymkent-branch").getRegionId());

		mvc.perform(post("/staff/org/units/{id}", created.getId()).with(as("secretary")).with(csrf())
			.param("parentId", String.valueOf(branch)).param("kind", "COUNCIL").param("code", "ui-sport-council")
			.param("nameKk", "Спорт және денсаулық кеңесі").param("nameRu", "Совет по спорту и здоровью")
			.param("nameEn", "Sports and health council").param("version", String.valueOf(created.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(unit("ui-sport-council").getNameKk()).isEqualTo("Спорт және денсаулық кеңесі");

		String after = jdbc.sql("""
				SELECT after_state::text FROM audit_event
				WHERE entity_type = 'OrgUnit' AND entity_id = ? AND action = 'UPDATE' AND actor = 'secretary'""")
			.param(String.valueOf(created.getId())).query(String.class).single();
		assertThat(after).contains("Спорт және денсаулық кеңесі");
		assertThat(jdbc.sql("""
				SELECT before_state::text FROM audit_event
				WHERE entity_type = 'OrgUnit' AND entity_id = ? AND action = 'UPDATE'""")
			.param(String.valueOf(created.getId())).query(String.class).single()).contains("Спорт кеңесі");

		// The same form submitted again carries the old version: a conflict, shown in the user's language.
		mvc.perform(post("/staff/org/units/{id}", created.getId()).with(as("admin")).with(csrf())
			.param("parentId", String.valueOf(branch)).param("kind", "COUNCIL").param("code", "ui-sport-council")
			.param("nameKk", "Ескі атау").param("nameRu", "Старое").param("nameEn", "Old")
			.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("басқа пайдаланушы өзгертті")));
		assertThat(unit("ui-sport-council").getNameKk()).isEqualTo("Спорт және денсаулық кеңесі");
	}

	@Test
	void movingAUnitMovesItsSubtree() throws Exception {
		long branch = unit("shymkent-branch").getId();
		long akimat = unit("shymkent-akimat").getId();
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf()).param("parentId", String.valueOf(branch))
			.param("kind", "COUNCIL").param("code", "move-parent").param("nameKk", "А").param("nameRu", "А")
			.param("nameEn", "A")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf())
			.param("parentId", String.valueOf(unit("move-parent").getId())).param("kind", "COUNCIL")
			.param("code", "move-child").param("nameKk", "Ә").param("nameRu", "Б").param("nameEn", "B"))
			.andExpect(status().is3xxRedirection());
		OrgUnit parent = unit("move-parent");
		mvc.perform(post("/staff/org/units/{id}", parent.getId()).with(as("admin")).with(csrf())
			.param("parentId", String.valueOf(akimat)).param("kind", "COUNCIL").param("code", "move-parent")
			.param("nameKk", "А").param("nameRu", "А").param("nameEn", "A")
			.param("version", String.valueOf(parent.getVersion())))
			.andExpect(status().is3xxRedirection());
		OrgUnit child = unit("move-child");
		assertThat(child.lineage()).containsExactly(akimat, parent.getId());
		assertThat(child.getRegionId()).isEqualTo(akimat);

		// ...but never under itself.
		OrgUnit moved = unit("move-parent");
		mvc.perform(post("/staff/org/units/{id}", moved.getId()).with(as("admin")).with(csrf())
			.param("parentId", String.valueOf(child.getId())).param("kind", "COUNCIL").param("code", "move-parent")
			.param("nameKk", "А").param("nameRu", "А").param("nameEn", "A")
			.param("version", String.valueOf(moved.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Бөлімшені өзінің")));
	}

	@Test
	void membersCannotEditAndSecretariesOnlyInTheirSubtree() throws Exception {
		long miras = unit("miras-council").getId();
		mvc.perform(get("/staff/org/units/{id}/edit", miras).with(as("member"))).andExpect(status().isOk());
		mvc.perform(post("/staff/org/units/{id}", miras).with(as("member")).with(csrf())
			.param("parentId", String.valueOf(unit("shymkent-branch").getId())).param("kind", "COUNCIL")
			.param("code", "miras-council").param("nameKk", "Бұзылған").param("nameRu", "x").param("nameEn", "x")
			.param("version", String.valueOf(unit("miras-council").getVersion())))
			.andExpect(status().isForbidden());
		long youth = unit("dept-youth").getId();
		mvc.perform(post("/staff/org/units/{id}/positions", youth).with(as("secretary")).with(csrf())
			.param("personId", "1").param("post", "SPECIALIST").param("startDate", "2024-01-01"))
			.andExpect(status().isForbidden());
		assertThat(unit("miras-council").getNameKk()).doesNotContain("Бұзылған");
	}

	@Test
	void secretaryAppointsAndEndsAPosition() throws Exception {
		long miras = unit("miras-council").getId();
		long person = jdbc.sql("SELECT id FROM person WHERE code = 'example-member-2'").query(Long.class).single();
		mvc.perform(post("/staff/org/units/{id}/positions", miras).with(as("secretary")).with(csrf())
			.param("personId", String.valueOf(person)).param("post", "DEPUTY_CHAIR").param("startDate", "2024-03-01"))
			.andExpect(status().is3xxRedirection());
		long position = jdbc.sql("SELECT id FROM position_held WHERE person_id = ? AND post = 'DEPUTY_CHAIR'")
			.param(person).query(Long.class).single();
		mvc.perform(post("/staff/org/positions/{id}/end", position).with(as("secretary")).with(csrf())
			.param("version", "0").param("endDate", "2024-02-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT end_date FROM position_held WHERE id = ?").param(position)
			.query(java.time.LocalDate.class).optional()).isEmpty();
		mvc.perform(post("/staff/org/positions/{id}/end", position).with(as("secretary")).with(csrf())
			.param("version", "0").param("endDate", "2024-12-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT end_date FROM position_held WHERE id = ?").param(position)
			.query(java.time.LocalDate.class).single()).isEqualTo("2024-12-31");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'PositionHeld' AND entity_id = ?")
			.param(String.valueOf(position)).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void thePersonPickerNarrowsDownAsTheSecretaryTypes() throws Exception {
		mvc.perform(get("/staff/org/people/options").param("q", "әбен").with(as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Гүлнар Әбенова"), not(containsString("Момбек")),
					not(containsString("<html")))));
		mvc.perform(get("/staff/org/people/options").param("q", "nobody-like-this").with(as("secretary")))
			.andExpect(content().string(allOf(containsString("Ешкім табылмады."), not(containsString("<option value=\"1")))));
	}

	@Test
	void personFormValidatesInTheUsersLanguage() throws Exception {
		mvc.perform(in("ru", post("/staff/org/people")).with(as("secretary")).with(csrf()).param("fullNameKk", "Әлия")
			.param("fullNameRu", "").param("fullNameEn", "Aliya").param("email", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Обязательное поле."),
					containsString("Неверный адрес электронной почты."))));
		mvc.perform(post("/staff/org/people").with(as("member")).with(csrf()).param("fullNameKk", "Әлия")
			.param("fullNameRu", "Алия").param("fullNameEn", "Aliya"))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicPagesShowCouncilsAndTheMirasLeadership() throws Exception {
		mvc.perform(get("/org")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("«Miras» аймақтық кеңесі"),
					containsString("Шымкент қалалық филиалы"), not(containsString("Ішкі саясат")))));
		long miras = unit("miras-council").getId();
		mvc.perform(get("/org/{id}", miras)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Момбек Әбдіәкімұлы"), containsString("Төраға"),
					containsString("Хатшы"), containsString("Ерлан Тұрсынбеков"))));
		mvc.perform(get("/org/{id}", miras).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mombek Abdiakimuly"), containsString("Chair"))));
		mvc.perform(get("/org/{id}", unit("dept-youth").getId())).andExpect(status().isNotFound());
		mvc.perform(get("/org/{id}", 999999)).andExpect(status().isNotFound());
	}

	@Test
	void aFactionGoesIntoAMaslikhatAndAWrongParentIsRefusedWithAMessage() throws Exception {
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf()).param("kind", "MASLIKHAT")
			.param("level", "CITY").param("code", "ui-maslikhat").param("nameKk", "Қалалық мәслихат")
			.param("nameRu", "Городской маслихат").param("nameEn", "City maslikhat"))
			.andExpect(status().is3xxRedirection());
		OrgUnit maslikhat = unit("ui-maslikhat");
		assertThat(maslikhat.level()).isEqualTo(kz.kenes.organization.OrgLevel.CITY);
		assertThat(maslikhat.getRegionId()).isEqualTo(maslikhat.getId());
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf()).param("kind", "FACTION")
			.param("parentId", String.valueOf(unit("dept-youth").getId())).param("code", "ui-faction")
			.param("nameKk", "Фракция").param("nameRu", "Фракция").param("nameEn", "Faction"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Партия фракциясы «Басқарма» түріндегі бөлімшенің астында тұра алмайды.")));
		mvc.perform(in("ru", post("/staff/org/units")).with(as("admin")).with(csrf()).param("kind", "FACTION")
			.param("code", "ui-faction").param("nameKk", "Фракция").param("nameRu", "Фракция").param("nameEn", "Faction"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Фракция партии не может стоять на верхнем уровне")));
		assertThat(units.findByCode("ui-faction")).isEmpty();
		mvc.perform(post("/staff/org/units").with(as("admin")).with(csrf()).param("kind", "FACTION")
			.param("parentId", String.valueOf(maslikhat.getId())).param("code", "ui-faction")
			.param("nameKk", "Фракция").param("nameRu", "Фракция").param("nameEn", "Faction"))
			.andExpect(status().is3xxRedirection());
		assertThat(unit("ui-faction").getRegionId()).isEqualTo(maslikhat.getId());
		mvc.perform(get("/staff/org").with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("kind-FACTION"), containsString("Партия фракциясы"),
					containsString("kind-MASLIKHAT"))));
		// a maslikhat with a faction inside cannot become a department: the faction could not stand there
		OrgUnit current = unit("ui-maslikhat");
		mvc.perform(post("/staff/org/units/{id}", current.getId()).with(as("admin")).with(csrf())
			.param("kind", "NGO").param("code", "ui-maslikhat").param("nameKk", "Қалалық мәслихат")
			.param("nameRu", "Городской маслихат").param("nameEn", "City maslikhat")
			.param("version", String.valueOf(current.getVersion())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Түрін өзгертуге болмайды")));
		assertThat(unit("ui-maslikhat").getKind()).isEqualTo(kz.kenes.organization.OrgUnitKind.MASLIKHAT);
	}
}
