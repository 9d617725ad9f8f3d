package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;
import kz.kenes.support.Race;

/**
 * Eight secretaries apply, at the same moment, imports of the same new items into the same roadmap (each after
 * their own preview): one import is applied whole, the others are refused with a message and write nothing; no
 * item number exists twice.
 */
@KenesTest
class ConcurrentImportTest {

	static final int CLIENTS = 8;
	static final int FIRST = 8101;
	static final int ITEMS = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RoadmapCatalog catalog;

	@AfterEach
	void removeImported() {
		jdbc.sql("DELETE FROM roadmap_item WHERE roadmap_id = ? AND number ~ '^[0-9]+$' AND number::int BETWEEN ? AND ?")
			.params(roadmap(), FIRST, FIRST + ITEMS - 1).update();
	}

	@Test
	void parallelImportsOfTheSameItemsApplyOnceAndRefuseTheRest() throws Exception {
		long roadmap = roadmap();
		byte[] file = newItems(roadmap);
		long importsBefore = imports(roadmap);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			String page = mvc.perform(multipart("/staff/roadmaps/{id}/import", roadmap)
				.file(new MockMultipartFile("file", "roadmap.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
				.param("reason", "Кеңес шешімі").with(Logins.as(users, "secretary")).with(csrf()))
				.andReturn().getResponse().getContentAsString();
			Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page);
			assertThat(token.find()).as("a preview without errors").isTrue();
			tokens.add(token.group(1));
		}

		List<MvcResult> results = Race.run(CLIENTS, client -> () -> mvc.perform(
				post("/staff/roadmaps/{id}/import/apply", roadmap).param("token", tokens.get(client))
					.param("lang", "en").with(Logins.as(users, "secretary")).with(csrf()))
			.andReturn());

		int applied = 0;
		for (MvcResult result : results) {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			if (result.getResponse().getRedirectedUrl().equals("/staff/roadmaps/" + roadmap)) {
				applied++;
			}
			else {
				assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/roadmaps/" + roadmap + "/import");
				assertThat((String) result.getFlashMap().get("error"))
					.satisfiesAnyOf(m -> assertThat(m).startsWith("Someone else changed this record"),
							m -> assertThat(m).contains(String.valueOf(FIRST)).contains("already"));
			}
		}
		assertThat(applied).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*), count(DISTINCT number) FROM roadmap_item
				 WHERE roadmap_id = ? AND number ~ '^[0-9]+$' AND number::int BETWEEN ? AND ?""")
			.params(roadmap, FIRST, FIRST + ITEMS - 1).query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single())
			.isEqualTo(ITEMS + "/" + ITEMS);
		assertThat(imports(roadmap)).isEqualTo(importsBefore + 1);
	}

	private long roadmap() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
	}

	private long imports(long roadmap) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE entity_type = 'Roadmap' AND action = 'IMPORT_ITEMS'
				 AND entity_id = ?""").param(String.valueOf(roadmap)).query(Long.class).single();
	}

	/** The roadmap's export with its rows replaced by new items copied from its first row. */
	private byte[] newItems(long roadmap) throws Exception {
		byte[] export = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/staff/roadmaps/{id}/export.xlsx", roadmap).with(Logins.as(users, "secretary")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			Sheet sheet = workbook.getSheetAt(0);
			int first = kz.kenes.roadmap.excel.SheetLayout.HEADER_ROW + 1;
			Row template = sheet.getRow(first);
			List<Object> values = new ArrayList<>();
			for (int c = 0; c < template.getLastCellNum(); c++) {
				Cell cell = template.getCell(c);
				values.add(cell == null ? null
						: cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.toString());
			}
			for (int r = sheet.getLastRowNum(); r >= first; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			for (int i = 0; i < ITEMS; i++) {
				Row row = sheet.createRow(first + i);
				for (int c = 0; c < values.size(); c++) {
					Object value = c == 0 ? String.valueOf(FIRST + i) : values.get(c);
					if (value instanceof Double d) {
						row.createCell(c).setCellValue(d);
					}
					else if (value != null) {
						row.createCell(c).setCellValue((String) value);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
