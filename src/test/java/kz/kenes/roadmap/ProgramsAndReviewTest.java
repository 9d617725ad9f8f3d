package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.kenes.i18n.Language;
import kz.kenes.identity.KenesUser;
import kz.kenes.identity.Role;
import kz.kenes.identity.RoleGrant;
import kz.kenes.roadmap.excel.RoadmapExport;
import kz.kenes.roadmap.excel.RoadmapImport;
import kz.kenes.support.KenesTest;

/**
 * Programs kept by the centre (API and pages), everything dated checked against its program's years, roadmaps
 * started, submitted and approved or returned by the level above, and regional items naming the national item they
 * implement. Each test runs in a transaction that is rolled back, so the units and users it makes stay its own.
 */
@KenesTest
@Transactional
class ProgramsAndReviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	RoadmapExport export;

	@Autowired
	RoadmapImport importer;

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return as(users.loadUserByUsername(username), request);
	}

	private static MockHttpServletRequestBuilder as(UserDetails who, MockHttpServletRequestBuilder request) {
		return request.with(user(who)).with(csrf());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private long unitId(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
	}

	/** A branch placed under a parent as the org tree would place it (path, region key). */
	private long branch(String code, String kind, String parentCode) {
		long parent = unitId(parentCode);
		long id = jdbc.sql("""
				INSERT INTO org_unit (kind, code, name_kk, name_ru, name_en, path, parent_id, region_id)
				SELECT :kind, :code, :code || ' филиалы', 'Филиал ' || :code, 'Branch ' || :code,
				       path || id || '/', id, region_id FROM org_unit WHERE id = :parent
				RETURNING id""").param("kind", kind).param("code", code).param("parent", parent)
			.query(Long.class).single();
		if (kind.equals("REGIONAL_BRANCH")) {
			jdbc.sql("UPDATE org_unit SET region_id = id WHERE id = ?").param(id).update();
		}
		return id;
	}

	private static KenesUser secretaryOf(long unitId, String username) {
		return new KenesUser(0, username, "", username, null, Language.KK, true,
				Set.of(new RoleGrant(Role.SECRETARY, unitId)));
	}

	private long demoProgram() {
		return catalog.programByCode(RoadmapCatalog.DEMO_PROGRAM).orElseThrow().getId();
	}

	private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private long audits(String type, long id, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = ?")
			.param(type).param(String.valueOf(id)).param(action).query(Long.class).single();
	}

	// --- 1. Programs -----------------------------------------------------------------------------------------

	@Test
	void adminCreatesAndEditsAProgramOverTheApiAStaleVersionIsAConflict() throws Exception {
		long party = unitId("amanat");
		JsonNode created = body(mvc.perform(as("admin", json(post("/api/v1/programs"), """
				{"code": "test-program-2026", "name": {"kk": "Сынақ бағдарламасы", "ru": "Тестовая программа"},
				 "ownerUnitId": %d, "firstYear": 2026, "lastYear": 2030, "state": "DRAFT"}""".formatted(party))))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT")));
		long id = created.get("id").asLong();
		int version = created.get("version").asInt();
		assertThat(audits("Program", id, "CREATE")).isEqualTo(1);

		mvc.perform(get("/api/v1/programs/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name.kk").value("Сынақ бағдарламасы"));

		String change = """
				{"name": {"kk": "Сынақ бағдарламасы (жаңа)", "ru": "Тестовая программа (новая)", "en": "Test"},
				 "ownerUnitId": %d, "firstYear": 2026, "lastYear": 2031, "state": "IN_FORCE", "version": %d}""";
		mvc.perform(as("admin", json(put("/api/v1/programs/" + id), change.formatted(party, version))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lastYear").value(2031))
			.andExpect(jsonPath("$.state").value("IN_FORCE"));
		mvc.perform(as("admin", json(put("/api/v1/programs/" + id), change.formatted(party, version))))
			.andExpect(status().isConflict());

		mvc.perform(as("secretary", json(post("/api/v1/programs"), """
				{"name": {"kk": "А", "ru": "Б"}, "ownerUnitId": %d, "firstYear": 2026, "lastYear": 2030}"""
			.formatted(party)))).andExpect(status().isForbidden());
		mvc.perform(as("admin", json(post("/api/v1/programs"), """
				{"name": {"kk": "А", "ru": "Б"}, "ownerUnitId": %d, "firstYear": 2030, "lastYear": 2026}"""
			.formatted(party)).param("lang", "kk")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Бағдарламаның соңғы жылы бірінші жылынан бұрын болмауы керек."));
		assertThat(catalog.programs()).extracting(p -> p.name().kk()).doesNotContain("А");
	}

	@Test
	void tasksAreAddedRenamedReorderedAndOneUsedByItemsIsNotDeleted() throws Exception {
		long program = demoProgram();
		int version = catalog.program(program).orElseThrow().getVersion();
		JsonNode after = body(mvc.perform(as("admin", json(post("/api/v1/programs/" + program + "/tasks"), """
				{"name": {"kk": "Цифрлық сауаттылық", "ru": "Цифровая грамотность", "en": "Digital literacy"}}""")))
			.andExpect(status().isCreated()));
		JsonNode added = after.get("tasks").get(after.get("tasks").size() - 1);
		assertThat(added.get("number").asInt()).isEqualTo(6);
		long addedId = added.get("id").asLong();

		mvc.perform(as("admin", json(put("/api/v1/programs/" + program + "/tasks/" + addedId), """
				{"number": 7, "name": {"kk": "Цифрлық сауат", "ru": "Цифровая грамотность"}}""")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[5].number").value(7))
			.andExpect(jsonPath("$.tasks[5].name.kk").value("Цифрлық сауат"));
		mvc.perform(as("admin", json(put("/api/v1/programs/" + program + "/tasks/" + addedId), """
				{"number": 1, "name": {"kk": "Цифрлық сауат", "ru": "Цифровая грамотность"}}""")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.task.numberTaken"));

		// reorder on the page: the new task moves one place up, the old fifth becomes seventh
		ProgramTask fifth = catalog.tasks(program).get(4);
		mvc.perform(as("admin", post("/staff/programs/" + program + "/tasks/" + addedId + "/move").param("up", "true")))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.tasks(program)).extracting(ProgramTask::getId).element(4).isEqualTo(addedId);
		assertThat(catalog.tasks(program).get(5).getId()).isEqualTo(fifth.getId());
		assertThat(catalog.tasks(program).get(5).getNumber()).isEqualTo(7);

		long used = catalog.tasks(program).get(0).getId();
		mvc.perform(as("admin", delete("/api/v1/programs/" + program + "/tasks/" + used))
			.param("lang", "ru"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Задачу № 1 нельзя удалить: её используют мероприятия")));
		assertThat(catalog.tasks(program)).extracting(ProgramTask::getId).contains(used);
		mvc.perform(as("secretary", delete("/api/v1/programs/" + program + "/tasks/" + addedId)))
			.andExpect(status().isForbidden());
		mvc.perform(as("admin", delete("/api/v1/programs/" + program + "/tasks/" + addedId)))
			.andExpect(status().isNoContent());
		assertThat(catalog.tasks(program)).extracting(ProgramTask::getId).doesNotContain(addedId);
		assertThat(catalog.program(program).orElseThrow().getVersion()).isEqualTo(version);
	}

	@Test
	void theProgramsPageListsTheEarlierProgramBesideTheCurrentOneAndOnlyAdminEdits() throws Exception {
		mvc.perform(as("secretary", get("/staff/programs"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("«Халықпен бірге!»")))
			.andExpect(content().string(containsString("«Өзгерістер жолы: әркімге лайықты өмір!»")))
			.andExpect(content().string(containsString("2021–2025")))
			.andExpect(content().string(containsString("Ауыстырылған")))
			.andExpect(content().string(not(containsString("/staff/programs/new"))));
		mvc.perform(as("secretary", get("/staff/programs/new"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/programs").param("lang", "ru")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].state", hasItem("SUPERSEDED")))
			.andExpect(jsonPath("$[*].firstYear", hasItem(2021)));

		long party = unitId("amanat");
		mvc.perform(as("admin", post("/staff/programs").param("nameKk", "Бетте жасалған бағдарлама")
			.param("nameRu", "Программа со страницы").param("ownerUnitId", String.valueOf(party))
			.param("firstYear", "2028").param("lastYear", "2032").param("state", "DRAFT")))
			.andExpect(redirectedUrlPattern("/staff/programs/*"));
		Program made = catalog.programs().stream().filter(p -> p.name().kk().equals("Бетте жасалған бағдарлама"))
			.findFirst().orElseThrow();
		mvc.perform(as("admin", get("/staff/programs/" + made.getId()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"add-task\"")));
		mvc.perform(as("admin", post("/staff/programs/" + made.getId()).param("nameKk", "Бетте жасалған бағдарлама")
			.param("nameRu", "Программа со страницы").param("ownerUnitId", String.valueOf(party))
			.param("firstYear", "2028").param("lastYear", "2027").param("state", "DRAFT")
			.param("version", String.valueOf(made.getVersion()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Бағдарламаның соңғы жылы бірінші жылынан бұрын болмауы керек.")));
		assertThat(catalog.program(made.getId()).orElseThrow().getLastYear()).isEqualTo(2032);

		long used = catalog.tasks(demoProgram()).get(0).getId();
		mvc.perform(as("admin", post("/staff/programs/" + demoProgram() + "/tasks/" + used + "/delete")))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error",
					containsString("№ 1 міндетті жоюға болмайды")));
		assertThat(catalog.tasks(demoProgram())).extracting(ProgramTask::getId).contains(used);
	}

	@Test
	void programYearsCannotLeaveOutAPlannedTarget() throws Exception {
		Program program = catalog.program(demoProgram()).orElseThrow();
		mvc.perform(as("admin", json(put("/api/v1/programs/" + program.getId()), """
				{"name": {"kk": "%s", "ru": "%s"}, "ownerUnitId": %d, "firstYear": 2024, "lastYear": 2027,
				 "state": "IN_FORCE", "version": %d}""".formatted(program.name().kk().replace("\"", "\\\""),
				program.name().ru().replace("\"", "\\\""), program.getOwnerUnitId(), program.getVersion())))
			.param("lang", "kk"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("2023 жылға жоспарлы мәндер бар")));
		assertThat(catalog.program(program.getId()).orElseThrow().getFirstYear()).isEqualTo(2023);
	}

	// --- 2. Everything dated within the program's years ------------------------------------------------------

	@Test
	void aTargetAReportPeriodAndAnAgendaPeriodOutsideTheProgramAreRefusedAndChangeNothing() throws Exception {
		RoadmapSummary demo = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
		ItemView item = catalog.itemByNumber(demo.id(), "1").orElseThrow();
		IndicatorView indicator = item.indicators().get(0);
		String expected = "2021 жыл бағдарламаның жылдарынан (2023–2027) тыс.";

		mvc.perform(as("secretary", json(put("/api/v1/roadmaps/" + demo.id() + "/items/" + item.id()
				+ "/indicators/" + indicator.id() + "/targets/2021"),
				"{\"planned\": 5, \"reason\": \"Сынақ\", \"version\": " + indicator.version() + "}"))
			.param("lang", "kk"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value(expected));
		assertThat(catalog.indicator(indicator.id()).orElseThrow().targets()).extracting(TargetView::year)
			.doesNotContain(2021);

		long reportsBefore = jdbc.sql("SELECT count(*) FROM period_report").query(Long.class).single();
		mvc.perform(as("youth", json(post("/api/v1/reporting/items/" + item.id() + "/reports"),
				"{\"year\": 2021, \"firstMonth\": 1, \"lastMonth\": 12}")).param("lang", "kk"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value(expected));
		assertThat(jdbc.sql("SELECT count(*) FROM period_report").query(Long.class).single()).isEqualTo(reportsBefore);

		record MeetingRow(long id, int version) {
		}
		MeetingRow meeting = jdbc.sql("SELECT id, version FROM meeting ORDER BY id LIMIT 1")
			.query((rs, n) -> new MeetingRow(rs.getLong(1), rs.getInt(2))).single();
		long agendaBefore = jdbc.sql("SELECT count(*) FROM meeting_agenda_item WHERE meeting = ?")
			.param(meeting.id()).query(Long.class).single();
		mvc.perform(as("secretary", json(post("/api/v1/meetings/" + meeting.id() + "/agenda"), """
				{"version": %d, "titleKk": "2021 жылғы орындалу", "titleRu": "Исполнение за 2021 год",
				 "programId": %d, "directionIds": [], "periodYear": 2021, "periodMonths": 12}"""
			.formatted(meeting.version(), demo.programId()))).param("lang", "ru"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("2021")))
			.andExpect(jsonPath("$.code").value("roadmap.error.year.outside"));
		assertThat(jdbc.sql("SELECT count(*) FROM meeting_agenda_item WHERE meeting = ?").param(meeting.id())
			.query(Long.class).single()).isEqualTo(agendaBefore);
		assertThat(jdbc.sql("SELECT version FROM meeting WHERE id = ?").param(meeting.id()).query(Integer.class)
			.single()).isEqualTo(meeting.version());
	}

	// --- 3. Roadmaps at every level --------------------------------------------------------------------------

	@Test
	void aDistrictRoadmapIsCreatedImportedSubmittedAndApprovedByTheCityAboveNotByItself() throws Exception {
		long district = branch("test-district", "DISTRICT_BRANCH", "shymkent-branch");
		KenesUser districtSecretary = secretaryOf(district, "district-secretary");

		JsonNode created = body(mvc.perform(as(districtSecretary, json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(demoProgram(), district))))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT")));
		long id = created.get("id").asLong();
		mvc.perform(as(districtSecretary, json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(demoProgram(), unitId("shymkent-branch")))))
			.andExpect(status().isForbidden());

		// the existing XLSX import fills the new roadmap (the demo roadmap's export, executors of the same region)
		RoadmapSummary demo = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		export.xlsx(demo, catalog.allItems(demo.id(), ItemFilter.ALL), Language.KK, file);
		runAs(districtSecretary, () -> {
			RoadmapImport.Preview preview = importer.preview(id, "roadmap.xlsx", file.toByteArray(), Language.KK,
					null);
			assertThat(preview.errors()).isEmpty();
			assertThat(preview.created()).hasSize((int) demo.itemCount());
			importer.apply(id, preview.token(), Language.KK);
		});
		assertThat(catalog.roadmap(id).orElseThrow().itemCount()).isEqualTo(demo.itemCount());
		assertThat(catalog.itemByNumber(id, "1").orElseThrow().indicators()).isNotEmpty();

		int version = catalog.roadmap(id).orElseThrow().version();
		mvc.perform(as(districtSecretary, json(post("/api/v1/roadmaps/" + id + "/submit"),
				"{\"version\": " + version + "}")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(audits("Roadmap", id, "SUBMIT")).isEqualTo(1);

		// under review the roadmap does not change
		long lead = unitId("dept-youth");
		mvc.perform(as(districtSecretary, json(post("/api/v1/roadmaps/" + id + "/items"), newItem("901", lead, null)))
			.param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("cannot change until the level above returns it")));

		// the district's own secretary is not the level above
		mvc.perform(as(districtSecretary, post("/api/v1/roadmaps/" + id + "/approve")))
			.andExpect(status().isForbidden());
		mvc.perform(as(districtSecretary, post("/staff/roadmaps/" + id + "/approve")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("облыстық филиалдың хатшысы")));
		assertThat(catalog.roadmap(id).orElseThrow().status()).isEqualTo(RoadmapStatus.SUBMITTED);
		assertThat(audits("Roadmap", id, "APPROVE")).isZero();

		// the city branch above (Shymkent's secretary) sees approval on the page and approves
		mvc.perform(as("secretary", get("/staff/roadmaps/" + id))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/staff/roadmaps/" + id + "/approve")));
		mvc.perform(as("secretary", json(post("/api/v1/roadmaps/" + id + "/approve"),
				"{\"version\": " + (version + 1) + "}")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedOn").isNotEmpty());
		assertThat(audits("Roadmap", id, "APPROVE")).isEqualTo(1);
		mvc.perform(get("/roadmap/" + id)).andExpect(status().isOk());

		// after approval a target changes only by revision with a reason, as before
		ItemView first = catalog.itemByNumber(id, "1").orElseThrow();
		IndicatorView indicator = first.indicators().get(0);
		mvc.perform(as(districtSecretary, json(put("/api/v1/roadmaps/" + id + "/items/" + first.id()
				+ "/indicators/" + indicator.id() + "/targets/2026"), "{\"planned\": 99, \"version\": "
						+ indicator.version() + "}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.target.reason"));
	}

	@Test
	void aRegionalRoadmapIsApprovedByTheCentreAndAReturnedOneIsDraftAgainWithTheComment() throws Exception {
		long region = branch("test-region", "REGIONAL_BRANCH", "amanat");
		KenesUser regionSecretary = secretaryOf(region, "region-secretary");
		mvc.perform(as(regionSecretary, get("/staff/roadmaps"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-roadmap\"")));
		mvc.perform(as(regionSecretary, post("/staff/roadmaps").param("programId", String.valueOf(demoProgram()))
			.param("branchId", String.valueOf(region))))
			.andExpect(redirectedUrlPattern("/staff/roadmaps/*"));
		RoadmapSummary roadmap = catalog.roadmapsUnder(region).get(0);
		assertThat(roadmap.status()).isEqualTo(RoadmapStatus.DRAFT);
		assertThat(audits("Roadmap", roadmap.id(), "CREATE")).isEqualTo(1);

		mvc.perform(as(regionSecretary, post("/staff/roadmaps/" + roadmap.id() + "/submit")
			.param("version", String.valueOf(roadmap.version())))).andExpect(status().is3xxRedirection());
		assertThat(catalog.roadmap(roadmap.id()).orElseThrow().status()).isEqualTo(RoadmapStatus.SUBMITTED);

		// another region's (Shymkent's) secretary is not the centre
		mvc.perform(as("secretary", json(post("/api/v1/roadmaps/" + roadmap.id() + "/return"),
				"{\"comment\": \"Жоқ\"}"))).andExpect(status().isForbidden());
		mvc.perform(as("admin", json(post("/api/v1/roadmaps/" + roadmap.id() + "/return"), "{\"comment\": \" \"}"))
			.param("lang", "kk"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Жол картасын не үшін қайтаратыныңызды жазыңыз."));
		assertThat(catalog.roadmap(roadmap.id()).orElseThrow().status()).isEqualTo(RoadmapStatus.SUBMITTED);

		mvc.perform(as("admin", post("/staff/roadmaps/" + roadmap.id() + "/return")
			.param("comment", "2026 жылға жоспарлы мәндерді толтырыңыз")))
			.andExpect(status().is3xxRedirection());
		RoadmapSummary returned = catalog.roadmap(roadmap.id()).orElseThrow();
		assertThat(returned.status()).isEqualTo(RoadmapStatus.DRAFT);
		assertThat(returned.reviewComment()).isEqualTo("2026 жылға жоспарлы мәндерді толтырыңыз");
		assertThat(audits("Roadmap", roadmap.id(), "RETURN")).isEqualTo(1);
		mvc.perform(as(regionSecretary, get("/staff/roadmaps/" + roadmap.id()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("2026 жылға жоспарлы мәндерді толтырыңыз")))
			.andExpect(content().string(containsString("/staff/roadmaps/" + roadmap.id() + "/submit")));
		mvc.perform(get("/api/v1/roadmaps/" + roadmap.id())).andExpect(status().isNotFound());

		mvc.perform(as(regionSecretary, json(post("/api/v1/roadmaps/" + roadmap.id() + "/submit"), "{}")))
			.andExpect(status().isOk());
		mvc.perform(as("admin", post("/api/v1/roadmaps/" + roadmap.id() + "/approve")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(catalog.roadmap(roadmap.id()).orElseThrow().reviewComment()).isNull();

		// the staff list's selector narrows to the region
		mvc.perform(as("member", get("/staff/roadmaps").param("unit", String.valueOf(region))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("test-region филиалы")))
			.andExpect(content().string(not(containsString("/staff/roadmaps/" + catalog
				.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id() + "\""))));
	}

	@Test
	void aRoadmapIsRefusedForAClosedProgramOrAUnitThatIsNoBranch() throws Exception {
		long earlier = catalog.programByCode("ozgerister-zholy-2021-2025").orElseThrow().getId();
		mvc.perform(as("admin", json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(earlier, unitId("shymkent-branch"))))
			.param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(
					"The program is completed or superseded: no new roadmap is started for it."));
		mvc.perform(as("admin", json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(demoProgram(), unitId("dept-youth")))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.roadmap.branch"));
		assertThat(catalog.roadmaps()).extracting(RoadmapSummary::programId).doesNotContain(earlier);
	}

	// --- 5. Public selectors by region and branch ---------------------------------------------------------------

	@Test
	void publicPagesChooseARoadmapByRegionAndBranch() throws Exception {
		RoadmapSummary demo = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
		// with one published roadmap, /progress?by=item still offers it to choose
		mvc.perform(get("/progress").param("by", "item")).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"roadmap\"")))
			.andExpect(content().string(containsString("value=\"" + demo.id() + "\"")));

		long region = branch("test-region-public", "REGIONAL_BRANCH", "amanat");
		long regional = body(mvc.perform(as("admin", json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(demoProgram(), region))))
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(as("admin", post("/api/v1/roadmaps/" + regional + "/submit"))).andExpect(status().isOk());
		mvc.perform(as("admin", post("/api/v1/roadmaps/" + regional + "/approve"))).andExpect(status().isOk());

		mvc.perform(get("/roadmap")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roadmap-selector\"")))
			.andExpect(content().string(containsString("/roadmap/" + regional + "\"")))
			.andExpect(content().string(containsString("/roadmap/" + demo.id() + "\"")));
		mvc.perform(get("/roadmap").param("unit", String.valueOf(region))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/roadmap/" + regional + "\"")))
			.andExpect(content().string(not(containsString("/roadmap/" + demo.id() + "\""))));
		mvc.perform(get("/roadmap").param("roadmap", String.valueOf(regional)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/roadmap/" + regional));
		mvc.perform(get("/roadmap/" + demo.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roadmap-switch\"")));
	}

	// --- 4. National items ---------------------------------------------------------------------------------

	@Test
	void aRegionalItemNamesTheNationalItemItImplementsAndOthersAreRefused() throws Exception {
		long party = unitId("amanat");
		long lead = unitId("dept-youth");
		long national = body(mvc.perform(as("admin", json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(demoProgram(), party))))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.national").value(true))).get("id").asLong();
		long measure17 = body(mvc.perform(as("admin", json(post("/api/v1/roadmaps/" + national + "/items"),
				newItem("17", lead, null)))).andExpect(status().isCreated())).get("id").asLong();

		RoadmapSummary shymkent = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM)
			.orElseThrow();
		long regional = body(mvc.perform(as("secretary", json(post("/api/v1/roadmaps/" + shymkent.id() + "/items"),
				newItem("917", lead, measure17)))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.nationalItemId").value(measure17))).get("id").asLong();
		mvc.perform(as("member", get("/api/v1/roadmaps/national-items/" + measure17 + "/implementations")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].itemId").value(regional))
			.andExpect(jsonPath("$[0].roadmapStatus").value("APPROVED"))
			.andExpect(jsonPath("$[0].branchName.kk").isNotEmpty());

		// progress by national item across regions: only once the national roadmap is approved and public
		JsonNode indicator = body(mvc.perform(as("secretary", json(post("/api/v1/roadmaps/" + shymkent.id()
				+ "/items/" + regional + "/indicators"), """
				{"name": {"kk": "Кездесулер", "ru": "Встречи"}, "unit": "EVENTS", "aggregation": "SUM"}""")))
			.andExpect(status().isCreated()));
		mvc.perform(as("secretary", json(put("/api/v1/roadmaps/" + shymkent.id() + "/items/" + regional
				+ "/indicators/" + indicator.get("id").asLong() + "/targets/2024"),
				"{\"planned\": 10, \"reason\": \"Ұлттық іс-шара\", \"version\": " + indicator.get("version").asInt()
						+ "}"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/progress/national-items/" + measure17).param("year", "2024"))
			.andExpect(status().isNotFound());
		mvc.perform(as("admin", post("/api/v1/roadmaps/" + national + "/submit"))).andExpect(status().isOk());
		mvc.perform(as("admin", post("/api/v1/roadmaps/" + national + "/approve"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/progress/national-items/" + measure17).param("year", "2024"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.number").value("17"))
			.andExpect(jsonPath("$.implementations.length()").value(1))
			.andExpect(jsonPath("$.implementations[0].regionId").value(shymkent.regionId()))
			.andExpect(jsonPath("$.implementations[0].item.id").value(regional))
			.andExpect(jsonPath("$.implementations[0].item.status").isNotEmpty());

		// the item form offers the national items
		mvc.perform(as("secretary", get("/staff/roadmaps/" + shymkent.id() + "/items/" + regional + "/edit")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"nationalItemId\"")));

		// not a regional item (another region's or branch's roadmap)
		long shymkentItem = catalog.itemByNumber(shymkent.id(), "2").orElseThrow().id();
		long district = branch("test-district-2", "DISTRICT_BRANCH", "shymkent-branch");
		long districtRoadmap = body(mvc.perform(as("admin", json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(demoProgram(), district))))
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(as("admin", json(post("/api/v1/roadmaps/" + districtRoadmap + "/items"),
				newItem("1", lead, shymkentItem))).param("lang", "kk"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(
					"Көрсетілген іс-шара ұлттық жол картасына емес, басқа өңірдің немесе филиалдың жол картасына жатады."));
		// not an item of another program's national roadmap
		long other = body(mvc.perform(as("admin", json(post("/api/v1/programs"), """
				{"name": {"kk": "Басқа", "ru": "Другая"}, "ownerUnitId": %d, "firstYear": 2026, "lastYear": 2030}"""
			.formatted(party)))).andExpect(status().isCreated())).get("id").asLong();
		long otherNational = body(mvc.perform(as("admin", json(post("/api/v1/roadmaps"),
				"{\"programId\": %d, \"branchId\": %d}".formatted(other, party)))).andExpect(status().isCreated()))
			.get("id").asLong();
		long otherItem = body(mvc.perform(as("admin", json(post("/api/v1/roadmaps/" + otherNational + "/items"),
				newItemUntil("5", lead, null, 2030)))).andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(as("admin", json(post("/api/v1/roadmaps/" + districtRoadmap + "/items"),
				newItem("1", lead, otherItem)))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.item.nationalProgram"));
		// and a national item does not implement another
		mvc.perform(as("admin", json(post("/api/v1/roadmaps/" + national + "/items"), newItem("18", lead, measure17))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("roadmap.error.item.nationalOnNational"));
		assertThat(catalog.roadmap(districtRoadmap).orElseThrow().itemCount()).isZero();
		assertThat(catalog.itemByNumber(national, "18")).isEmpty();
	}

	private static String newItem(String number, long lead, Long nationalItemId) {
		return newItemUntil(number, lead, nationalItemId, 2027);
	}

	private static String newItemUntil(String number, long lead, Long nationalItemId, int endYear) {
		return """
				{"number": "%s", "name": {"kk": "Жастармен кездесулер", "ru": "Встречи с молодёжью"},
				 "completionForm": "EVENT", "deadlineKind": "ANNUALLY", "deadlineEndYear": %d, "leadExecutorId": %d,
				 "nationalItemId": %s}""".formatted(number, endYear, lead, nationalItemId);
	}

	private static void runAs(KenesUser who, Runnable work) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
		try {
			work.run();
		}
		finally {
			context.setAuthentication(previous);
		}
	}
}
