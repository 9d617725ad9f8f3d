package kz.kenes.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.kenes.organization.OrgUnits;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/** One XLSX of units and people: preview, apply in one go, bad rows told in the user's language and nothing written. */
@KenesTest
class OrgImportTest {

	static final List<String> HEADER = List.of("Жоғары тұрған бөлімше коды", "Коды", "Түрі", "Деңгейі",
			"Атауы (қазақша)", "Атауы (орысша)", "Атауы (ағылшынша)", "Адам (қазақша)", "Адам (орысша)", "Лауазымы",
			"Лауазым атауы (қазақша)", "Лауазым атауы (орысша)", "Тағайындалған күні");

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

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("units");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static List<String> row(String... cells) {
		return List.of(cells);
	}

	int count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

	long branch() {
		return units.findByCode("shymkent-branch").orElseThrow().getId();
	}

	@Test
	void theBranchSecretaryPreviewsThenAppliesUnitsAndPeopleInOneGo() throws Exception {
		byte[] file = xlsx(List.of(HEADER,
				row("", "imp-district", "Аудандық филиал", "", "«AMANAT» партиясының Абай аудандық филиалы",
						"Абайский районный филиал партии «AMANAT»", "", "", "", "", "", "", ""),
				row("imp-district", "imp-council", "COUNCIL", "", "«Болашақ» кеңесі", "Совет «Болашак»", "", "Тимур Беков",
						"", "Төраға", "", "", "01.02.2025"),
				row("", "imp-council", "", "", "", "", "", "Сая Ахметова", "Сая Ахметова", "OTHER", "кеңес жанындағы сарапшы",
						"эксперт при совете", "2025-02-01"),
				row("", "", "", "", "", "", "", "Тимур Беков", "", "MEMBER", "", "", "")));
		int unitsBefore = count("org_unit");
		String page = mvc.perform(multipart("/staff/org/units/{id}/import", branch())
			.file(new MockMultipartFile("file", "units.xlsx", null, file)).with(as("secretary")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Жаңа бөлімшелер: 2; лауазымға тағайындаулар: 3."),
					containsString("«Болашақ» кеңесінің төрағасы"), containsString("кеңес жанындағы сарапшы"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(count("org_unit")).as("a preview writes nothing").isEqualTo(unitsBefore);
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(token.find()).isTrue();
		mvc.perform(post("/staff/org/units/{id}/import/apply", branch()).param("token", token.group(1))
			.with(as("secretary")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/org/units/" + branch()));
		assertThat(count("org_unit")).isEqualTo(unitsBefore + 2);
		assertThat(units.findByCode("imp-council").orElseThrow().lineage())
			.endsWith(branch(), units.findByCode("imp-district").orElseThrow().getId());
		assertThat(jdbc.sql("""
				SELECT count(*) FROM position_held h JOIN person p ON p.id = h.person_id
				WHERE p.full_name_kk = 'Тимур Беков'""").query(Integer.class).single())
			.as("one new person holding two posts").isEqualTo(2);
		assertThat(jdbc.sql("SELECT full_name_en FROM person WHERE full_name_kk = 'Сая Ахметова'").query(String.class)
			.single()).isEqualTo("Saya Akhmetova");
		// the token is spent
		mvc.perform(post("/staff/org/units/{id}/import/apply", branch()).param("token", token.group(1))
			.with(as("secretary")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Алдын ала қарау ескірді")));
		assertThat(count("org_unit")).isEqualTo(unitsBefore + 2);
	}

	@Test
	void badRowsAreToldRowByRowInTheUsersLanguageAndNothingIsWritten() throws Exception {
		byte[] file = xlsx(List.of(HEADER,
				row("", "bad-faction", "FACTION", "", "Фракция", "Фракция", "", "", "", "", "", "", ""),
				row("", "bad-unit", "Планета", "", "А", "А", "", "", "", "", "", "", ""),
				row("", "Bad Code", "COUNCIL", "", "А", "А", "", "", "", "", "", "", ""),
				row("", "", "", "", "", "", "", "Ерік Қали", "", "Әкім", "", "", ""),
				row("", "", "", "", "", "", "", "Ерік Қали", "", "OTHER", "", "", ""),
				row("", "", "", "", "", "", "", "Ерік Қали", "", "MEMBER", "", "", "31.02.2025"),
				row("nowhere", "bad-child", "COUNCIL", "", "А", "А", "", "", "", "", "", "", ""),
				row("", "miras-council", "COUNCIL", "", "А", "А", "", "", "", "", "", "", "")));
		int unitsBefore = count("org_unit");
		int peopleBefore = count("person");
		mvc.perform(multipart("/staff/org/units/{id}/import", branch())
			.file(new MockMultipartFile("file", "bad.xlsx", null, file)).with(as("secretary")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Қателер: 8."),
					containsString("Партия фракциясы «Қалалық филиал» түріндегі бөлімшенің астында тұра алмайды."),
					containsString("«Планета» — бөлімшенің белгісіз түрі."),
					containsString("«Bad Code» коды жарамсыз"),
					containsString("«Әкім» лауазымы «Қалалық филиал» түріндегі бөлімшеде болмайды."),
					containsString("Басқа лауазымның атауын қазақша және орысша жазыңыз."),
					containsString("«31.02.2025» күні танылмады"),
					containsString("«nowhere» коды бар бөлімше"),
					containsString("«miras-council» коды бос емес"),
					not(containsString("name=\"token\"")))));
		mvc.perform(multipart("/staff/org/units/{id}/import", branch()).param("lang", "ru")
			.file(new MockMultipartFile("file", "bad.xlsx", null, file)).with(as("secretary")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("«Планета» — неизвестный вид подразделения.")));
		assertThat(count("org_unit")).isEqualTo(unitsBefore);
		assertThat(count("person")).isEqualTo(peopleBefore);
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedAsAWhole() throws Exception {
		mvc.perform(multipart("/staff/org/units/{id}/import", branch())
			.file(new MockMultipartFile("file", "units.xlsx", null, "name;kind\n".getBytes(StandardCharsets.UTF_8)))
			.with(as("secretary")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Бұл XLSX файл емес.")));
		mvc.perform(multipart("/staff/org/units/{id}/import", branch())
			.file(new MockMultipartFile("file", "units.xlsx", null, xlsx(List.of(row("a", "b", "c")))))
			.with(as("secretary")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Бірінші жолда мына тақырыптар")));
	}

	@Test
	void onlyTheSubtreesSecretaryOrAnAdminMayImport() throws Exception {
		byte[] file = xlsx(List.of(HEADER, row("", "x-council", "COUNCIL", "", "А", "А", "", "", "", "", "", "", "")));
		mvc.perform(get("/staff/org/units/{id}/import", branch()).with(as("member"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Бұл бөлімшеге жүктеуге құқығыңыз жоқ.")));
		mvc.perform(multipart("/staff/org/units/{id}/import", branch())
			.file(new MockMultipartFile("file", "u.xlsx", null, file)).with(as("member")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/staff/org/units/{id}/import", units.findByCode("dept-youth").orElseThrow().getId())
			.file(new MockMultipartFile("file", "u.xlsx", null, file)).with(as("secretary")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/staff/org/units/{id}/import", units.findByCode("turkistan-branch").orElseThrow().getId())
			.file(new MockMultipartFile("file", "u.xlsx", null, file)).with(as("tk-secretary")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("name=\"token\"")));
		assertThat(units.findByCode("x-council")).isEmpty();
	}
}
