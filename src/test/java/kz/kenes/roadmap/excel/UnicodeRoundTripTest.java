package kz.kenes.roadmap.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import kz.kenes.i18n.Language;
import kz.kenes.organization.OrgUnits;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.excel.SheetLayout.Column;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;
import kz.kenes.support.TrickyText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item names and notes made of {@link TrickyText} go in through the API (JSON) and the staff form and come back
 * unchanged from the API, the item page (escaped in the HTML, intact once unescaped), the CSV export (formula
 * prefixes defused with an apostrophe), the XLSX export (text cells, never formulas) and an import of that XLSX
 * (which finds nothing to change). Rolled back at the end.
 */
@KenesTest
@Transactional
class UnicodeRoundTripTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	OrgUnits units;

	@Autowired
	UserDetailsService users;

	@Autowired
	RoadmapExport export;

	@Autowired
	RoadmapImport importer;

	RoadmapSummary roadmap;
	long lead;

	@BeforeEach
	void setUp() {
		roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
		lead = units.findByCode("dept-culture").orElseThrow().getId();
	}

	private static String number(int i) {
		return String.valueOf(940 + i);
	}

	/** Creates one item per sample through the API; the name in both languages and the notes are the sample. */
	private Map<String, Long> createdThroughTheApi() throws Exception {
		Map<String, Long> ids = new LinkedHashMap<>();
		for (int i = 0; i < TrickyText.ALL.size(); i++) {
			String text = TrickyText.ALL.get(i);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("number", number(i));
			body.put("name", Map.of("kk", text, "ru", text + " ru"));
			body.put("completionForm", "REPORT");
			body.put("deadlineKind", "ANNUALLY");
			body.put("deadlineEndYear", roadmap.lastYear());
			body.put("leadExecutorId", lead);
			body.put("notes", text);
			String response = mvc.perform(post("/api/v1/roadmaps/" + roadmap.id() + "/items")
					.with(httpBasic("secretary", "kenes-demo")).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(body)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			ids.put(text, json.readTree(response).get("id").asLong());
		}
		return ids;
	}

	@Test
	void theApiGivesBackExactlyWhatItWasGiven() throws Exception {
		for (Map.Entry<String, Long> item : createdThroughTheApi().entrySet()) {
			String response = mvc.perform(get("/api/v1/roadmaps/" + roadmap.id() + "/items/" + item.getValue())
					.with(httpBasic("secretary", "kenes-demo")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			JsonNode node = json.readTree(response);
			assertThat(node.get("name").get("kk").asString()).isEqualTo(item.getKey());
			assertThat(node.get("name").get("ru").asString()).isEqualTo(item.getKey() + " ru");
			assertThat(node.get("notes").asString()).isEqualTo(item.getKey());
		}
	}

	@Test
	void theStaffFormStoresItAndThePageShowsItEscapedAndIntact() throws Exception {
		for (int i = 0; i < TrickyText.ALL.size(); i++) {
			String text = TrickyText.ALL.get(i);
			String location = mvc.perform(post("/staff/roadmaps/" + roadmap.id() + "/items").param("number", number(i))
					.param("nameKk", text).param("nameRu", text).param("notes", text).param("completionForm", "REPORT")
					.param("deadlineKind", "ANNUALLY").param("deadlineEndYear", String.valueOf(roadmap.lastYear()))
					.param("leadExecutorId", String.valueOf(lead)).with(Logins.as(users, "secretary")).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
			ItemView stored = catalog.itemByNumber(roadmap.id(), number(i)).orElseThrow();
			assertThat(stored.name().kk()).isEqualTo(text);
			assertThat(stored.notes()).isEqualTo(text);
			String page = mvc.perform(get(location).with(Logins.as(users, "secretary")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>\"bold\"</b>");
			assertThat(HtmlUtils.htmlUnescape(page)).contains(text);
			String publicPage = mvc.perform(get("/roadmap/" + roadmap.id() + "/items/" + stored.id()))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(publicPage).doesNotContain("<script>alert");
		}
	}

	@Test
	void theCsvExportKeepsEveryCharacterAndDefusesFormulas() throws Exception {
		createdThroughTheApi();
		byte[] bytes = mvc.perform(get("/staff/roadmaps/" + roadmap.id() + "/export.csv")
				.with(Logins.as(users, "secretary")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (List<String> row : TrickyText.parseCsv(csv.substring(1), ';')) {
			rows.put(row.get(0), row);
		}
		SheetLayout layout = new SheetLayout(roadmap.firstYear(), roadmap.lastYear());
		for (int i = 0; i < TrickyText.ALL.size(); i++) {
			String text = TrickyText.ALL.get(i);
			List<String> row = rows.get(number(i));
			assertThat(row).as("row of item %s", number(i)).isNotNull();
			String expected = TrickyText.formula(text) ? "'" + text : text;
			assertThat(row.get(layout.index(Column.NAME_KK))).isEqualTo(expected);
			assertThat(row.get(layout.index(Column.NOTES))).isEqualTo(expected);
		}
	}

	@Test
	void theXlsxExportHoldsTextCellsAndReadsBackUnchanged() throws Exception {
		createdThroughTheApi();
		byte[] xlsx = mvc.perform(get("/staff/roadmaps/" + roadmap.id() + "/export.xlsx")
				.with(Logins.as(users, "secretary")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		SheetLayout layout = new SheetLayout(roadmap.firstYear(), roadmap.lastYear());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Row> rows = new LinkedHashMap<>();
			for (Row row : sheet) {
				Cell number = row.getCell(layout.index(Column.NUMBER));
				if (number != null && number.getCellType() == CellType.STRING) {
					rows.putIfAbsent(number.getStringCellValue(), row);
				}
				else if (number != null && number.getCellType() == CellType.NUMERIC) {
					rows.putIfAbsent(String.valueOf((long) number.getNumericCellValue()), row);
				}
			}
			for (int i = 0; i < TrickyText.ALL.size(); i++) {
				String text = TrickyText.ALL.get(i);
				Row row = rows.get(number(i));
				assertThat(row).as("row of item %s", number(i)).isNotNull();
				for (Column column : List.of(Column.NAME_KK, Column.NOTES)) {
					Cell cell = row.getCell(layout.index(column));
					assertThat(cell.getCellType()).as("a text cell, never a formula").isEqualTo(CellType.STRING);
					assertThat(cell.getStringCellValue()).isEqualTo(text);
				}
			}
		}
		// MockMvc's requests leave no login behind; the import is the secretary's
		var secretary = users.loadUserByUsername("secretary");
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
		var preview = importer.preview(roadmap.id(), "roadmap.xlsx", xlsx, Language.KK, null);
		SecurityContextHolder.clearContext();
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.created()).isEmpty();
		assertThat(preview.changed()).isEmpty();
	}
}
