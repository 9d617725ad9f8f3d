package kz.kenes.roadmap.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kenes.i18n.Language;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;
import kz.kenes.roadmap.excel.RoadmapImport.Preview;
import kz.kenes.support.HostileFiles;
import kz.kenes.support.KenesTest;
import kz.kenes.support.Logins;

/**
 * Files built to hurt the roadmap import: each is refused with one message in the uploader's language, quickly
 * and without reading a bomb in full, and leaves the roadmap and the upload store as they were.
 */
@KenesTest
@WithUserDetails("secretary")
class HostileXlsxTest {

	static final String SHEET = "xl/worksheets/sheet1.xml";
	static final String SHEET_OPEN = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
	static final String SHEET_CLOSE = "</sheetData></worksheet>";

	@Autowired
	RoadmapExport export;

	@Autowired
	RoadmapImport importer;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private RoadmapSummary demo() {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow();
	}

	private byte[] genuine() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.xlsx(demo(), catalog.allItems(demo().id(), ItemFilter.ALL), Language.KK, out);
		return out.toByteArray();
	}

	/** Everything an import could write: items, indicators, targets, revisions, kept uploads, audit rows. */
	private List<Long> state() {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM roadmap_item) AS items, (SELECT count(*) FROM indicator) AS indicators,
				       (SELECT coalesce(sum(version), 0) FROM roadmap_item) AS versions,
				       (SELECT count(*) FROM indicator_target) AS targets,
				       (SELECT count(*) FROM roadmap_import_upload) AS uploads""")
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}

	/** Refused with exactly the message of {@code key}, in each language, in bounded time, nothing written. */
	private void assertRefused(byte[] file, String key) {
		List<Long> before = state();
		for (Language language : Language.values()) {
			long start = System.nanoTime();
			Preview preview = importer.preview(demo().id(), "roadmap.xlsx", file, language, null);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused quickly").isLessThan(Duration.ofSeconds(10));
			assertThat(preview.canApply()).isFalse();
			assertThat(preview.token()).isNull();
			assertThat(preview.errors()).singleElement().satisfies(e -> {
				assertThat(e.row()).isZero();
				assertThat(e.message()).isEqualTo(text(key, language));
			});
		}
		assertThat(text(key, Language.KK)).isNotEqualTo(text(key, Language.RU)).isNotEqualTo(text(key, Language.EN));
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aZipBombThatInflatesToGigabytesIsRefusedBeforeItIsRead() throws IOException {
		byte[] bomb = HostileFiles.zipBomb(genuine(), SHEET, SHEET_OPEN, SHEET_CLOSE, 3 * 1024, false);
		assertThat(bomb.length).as("a few megabytes on disk").isLessThan(5 * 1024 * 1024);
		assertRefused(bomb, "roadmap.import.error.zipBomb");
	}

	@Test
	void aZipBombWhoseHeaderUnderstatesItsSizeIsRefusedToo() throws IOException {
		byte[] bomb = HostileFiles.zipBomb(genuine(), SHEET, SHEET_OPEN, SHEET_CLOSE, 1024, true);
		assertRefused(bomb, "roadmap.import.error.zipBomb");
	}

	@Test
	void macroEnabledWorkbooksAreRefusedUnderAnyName() throws IOException {
		assertRefused(HostileFiles.xlsm(genuine()), "roadmap.import.error.macros");
		assertRefused(HostileFiles.macroContentTypeOnly(genuine()), "roadmap.import.error.macros");
		assertRefused(HostileFiles.withPart(genuine(), "xl/vbaProject.bin", new byte[] { 1, 2, 3 }),
				"roadmap.import.error.macros");
	}

	@Test
	void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "XXE-SECRET-7f3a");
		List<Long> before = state();
		for (String part : List.of("xl/sharedStrings.xml", SHEET, "xl/workbook.xml")) {
			byte[] file = HostileFiles.externalEntity(genuine(), part, secret.toString());
			assertThat(new String(HostileFiles.parts(file).get(part), StandardCharsets.UTF_8)).contains("<!DOCTYPE");
			for (Language language : Language.values()) {
				Preview preview = importer.preview(demo().id(), "roadmap.xlsx", file, language, null);
				assertThat(preview.canApply()).isFalse();
				assertThat(preview.errors()).isNotEmpty()
					.allSatisfy(e -> assertThat(e.message()).doesNotContain("XXE-SECRET"));
				assertThat(preview.created()).isEmpty();
				assertThat(preview.changed()).isEmpty();
			}
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void entityExpansionIsRefused() throws IOException {
		byte[] laughs = HostileFiles.entityExpansion(genuine(), "xl/sharedStrings.xml");
		assertRefused(laughs, "roadmap.import.error.unreadable");
	}

	@Test
	void filesWhoseNameLiesAboutTheirContentAreRefused() {
		assertRefused(HostileFiles.exe(), "roadmap.import.error.notXlsx");
		assertRefused(HostileFiles.html(), "roadmap.import.error.notXlsx");
		assertRefused("№;Атауы\n1;\"=HYPERLINK(\"\"http://x\"\")\"\n".getBytes(StandardCharsets.UTF_8),
				"roadmap.import.error.notXlsx");
	}

	@Test
	void polyglotsAndDamagedZipsAreRefused() throws IOException {
		byte[] genuine = genuine();
		// a PDF head before the workbook: still "PK" nowhere at the start
		assertRefused(HostileFiles.pdfWithZip("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), genuine),
				"roadmap.import.error.notXlsx");
		// the workbook cut in half: no central directory
		assertRefused(Arrays.copyOf(genuine, genuine.length / 2), "roadmap.import.error.notXlsx");
		// an HTML page appended after the central directory
		byte[] withPage = Arrays.copyOf(genuine, genuine.length + HostileFiles.html().length);
		System.arraycopy(HostileFiles.html(), 0, withPage, genuine.length, HostileFiles.html().length);
		assertRefused(withPage, "roadmap.import.error.notXlsx");
	}

	/**
	 * The fuzzer's finding: one bit flipped inside the deflated shared strings still inflates, to Kazakh names with
	 * letters swapped ("бағдарламаларына" became "бГдарламасларына"), and POI does not check the CRC-32, so the
	 * preview proposed renaming an item. A damaged part is refused whole.
	 */
	@Test
	void aPartDamagedOnTheWayIsRefusedNotReadAsChangedText() throws IOException {
		byte[] damaged = getClass().getResourceAsStream(
				"RoadmapImportFuzzTestInputs/xlsx/demo-roadmap-bit-flipped-in-shared-strings.xlsx").readAllBytes();
		assertRefused(damaged, "roadmap.import.error.unreadable");
	}

	/**
	 * The battery's finding: 3.7 MB holding a 90 MB sheet of empty styled cells passed the zip checks, and the
	 * import kept every cell, took the heap to 1.4 GB and hung the node. Now it is refused with a message after a
	 * bounded look, whatever the size: more cells cost no more to refuse.
	 */
	@Test
	void aSheetOfMillionsOfEmptyStyledCellsIsRefusedInBoundedMemory() throws Exception {
		byte[] genuine = genuine();
		byte[] dense = HostileFiles.denseSheet(genuine, SHEET, 1_100, 1_200);
		byte[] denser = HostileFiles.denseSheet(genuine, SHEET, 1_750, 1_200);
		assertThat(HostileFiles.parts(dense).get(SHEET).length).as("tens of MB of XML").isGreaterThan(20 * 1024 * 1024);
		assertThat((long) dense.length).as("a few MB on disk").isLessThan(importer.limits().maxBytes());
		List<Long> before = state();
		long bounded = allocatedWhileImporting(dense, Language.KK);
		long larger = allocatedWhileImporting(denser, Language.RU);
		assertThat(larger).as("memory does not grow with the file").isLessThan(bounded + bounded / 4);
		// about 120 MB allocated (and soon collected) by the XML parser on 1.3 million elements; the old reader kept
		// every cell of the whole sheet, and POI held every part inflated
		assertThat(bounded).as("bytes allocated to refuse it").isLessThan(256L * 1024 * 1024);
		assertThat(state()).isEqualTo(before);
	}

	/** Bytes the request's thread allocated to answer it; asserts the page said why, in the user's language. */
	private long allocatedWhileImporting(byte[] file, Language language) throws Exception {
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadAllocatedBytes();
		String page = mvc.perform(multipart("/staff/roadmaps/{id}/import", demo().id())
				.file(new MockMultipartFile("file", "roadmap.xlsx", "application/octet-stream", file))
				.param("lang", language.code()).locale(language.locale()).with(Logins.as(users, "secretary"))
				.with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long allocated = threads.getCurrentThreadAllocatedBytes() - start;
		String expected = messages.getMessage("roadmap.import.error.tooManyCells",
				new Object[] { String.valueOf(SheetCells.Bounds.of(
						new SheetLayout(demo().firstYear(), demo().lastYear()).columnCount(),
						importer.limits().maxRows()).cells()) }, language.locale());
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(expected);
		return allocated;
	}

	@Test
	void moreRowsThanAllowedStopTheReadingThere() throws Exception {
		Preview preview = importer.preview(demo().id(), "roadmap.xlsx", HostileFiles.editPart(genuine(), SHEET,
				sheet -> sheet.replace("</sheetData>", manyRows(5_000) + "</sheetData>")), Language.EN, null,
				new RoadmapImport.Limits(importer.limits().maxBytes(), 100));
		assertThat(preview.errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).isEqualTo("Too many rows: at most 100. Split the file."));
	}

	private static String manyRows(int rows) {
		StringBuilder xml = new StringBuilder();
		for (int r = 1000; r < 1000 + rows; r++) {
			xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
				.append("</v></c></row>");
		}
		return xml.toString();
	}

	@Test
	void emptyAndOversizeFilesAreRefused() {
		assertRefused(new byte[0], "roadmap.import.error.empty");
		byte[] big = new byte[(int) importer.limits().maxBytes() + 1];
		big[0] = 'P';
		big[1] = 'K';
		big[2] = 3;
		big[3] = 4;
		List<Long> before = state();
		for (Language language : Language.values()) {
			Preview preview = importer.preview(demo().id(), "big.xlsx", big, language, null);
			assertThat(preview.errors()).singleElement().satisfies(e -> assertThat(e.message())
				.isEqualTo(messages.getMessage("roadmap.import.error.tooLarge",
						new Object[] { String.valueOf(importer.limits().maxBytes() / (1024 * 1024)) },
						language.locale())));
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void theImportPageShowsTheRefusalInTheUsersLanguage() throws Exception {
		byte[] macros = HostileFiles.xlsm(genuine());
		List<Long> before = state();
		for (Language language : Language.values()) {
			String page = mvc.perform(multipart("/staff/roadmaps/{id}/import", demo().id())
					.file(new MockMultipartFile("file", "roadmap.xlsx", "application/octet-stream", macros))
					.param("lang", language.code()).locale(language.locale()).with(Logins.as(users, "secretary")).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			String expected = text("roadmap.import.error.macros", language);
			assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(expected);
		}
		assertThat(state()).isEqualTo(before);
	}
}
