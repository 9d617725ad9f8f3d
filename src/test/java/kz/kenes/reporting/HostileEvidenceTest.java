package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RuleViolation;
import kz.kenes.support.HostileFiles;
import kz.kenes.support.KenesTest;

/**
 * Evidence uploads built to hurt: zip bombs, macro documents, executables and pages under document names,
 * polyglots. Each is refused with its own message, nothing is stored, and the report page says why in the
 * uploader's language. Rolled back at the end like {@link EvidenceFilesTest}.
 */
@KenesTest
@Transactional
class HostileEvidenceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	ReportingFixture f;
	PeriodReport report;

	@BeforeEach
	void setUp() {
		f = new ReportingFixture(jdbc);
		long item = f.item("1", f.directionYouth, f.task1, f.deptA, null);
		f.target(f.indicator(item, "EVENTS"), 2024, 4);
		report = as(reporter(f.deptA), () -> workflow.open(item, ReportPeriod.month(2024, 5)));
	}

	private long stored() {
		return jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();
	}

	private void assertRefused(String name, byte[] content, String key) {
		long before = stored();
		long start = System.nanoTime();
		assertThatThrownBy(() -> as(reporter(f.deptA),
				() -> evidence.upload(EvidenceFiles.OwnerKind.REPORT, report.getId(), name, content)))
			.isInstanceOf(RuleViolation.class).hasMessage(key);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void officeZipBombsAreRefusedWithoutBeingInflatedInFull() throws IOException {
		byte[] docx = EvidenceFilesTest.officeZip("word/document.xml");
		byte[] bomb = HostileFiles.zipBomb(docx, "word/document.xml", "<w:document xmlns:w=\"urn:w\">", "</w:document>",
				3 * 1024, false);
		assertThat(bomb.length).isLessThan((int) evidence.maxBytes());
		assertRefused("report.docx", bomb, "reporting.error.file.zipBomb");
		byte[] liar = HostileFiles.zipBomb(docx, "word/document.xml", "<w:document xmlns:w=\"urn:w\">", "</w:document>",
				512, true);
		assertRefused("report.docx", liar, "reporting.error.file.zipBomb");
	}

	@Test
	void macroDocumentsAreRefusedUnderAnyName() throws IOException {
		assertRefused("report.docx", HostileFiles.docm(EvidenceFilesTest.officeZip("word/document.xml")),
				"reporting.error.file.macros");
		assertRefused("table.xlsx", HostileFiles.xlsm(EvidenceFilesTest.officeZip("xl/workbook.xml")),
				"reporting.error.file.macros");
		assertRefused("table.xlsm", HostileFiles.macroContentTypeOnly(EvidenceFilesTest.officeZip("xl/workbook.xml")),
				"reporting.error.file.macros");
	}

	@Test
	void executablesAndPagesUnderDocumentNamesAreRefused() {
		assertRefused("act.pdf", HostileFiles.exe(), "reporting.error.file.type");
		assertRefused("photo.jpg", HostileFiles.exe(), "reporting.error.file.type");
		assertRefused("act.pdf", HostileFiles.html(), "reporting.error.file.type");
		assertRefused("photo.jpg", HostileFiles.html(), "reporting.error.file.type");
		assertRefused("drawing.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
			.getBytes(StandardCharsets.UTF_8), "reporting.error.file.type");
		assertRefused("photo.jpg", EvidenceFilesTest.PDF, "reporting.error.file.renamed");
	}

	@Test
	void polyglotsAreRefused() throws IOException {
		byte[] zip = EvidenceFilesTest.officeZip("word/document.xml");
		assertRefused("act.pdf", HostileFiles.pdfWithZip(EvidenceFilesTest.PDF, zip), "reporting.error.file.mixed");
		assertRefused("photo.jpg", HostileFiles.jpegWithHtml(), "reporting.error.file.mixed");
		byte[] pngWithZip = HostileFiles.pdfWithZip(EvidenceFilesTest.PNG, zip);
		assertRefused("photo.png", pngWithZip, "reporting.error.file.mixed");
		// a document with something riding after its archive, or cut short
		byte[] trailing = Arrays.copyOf(zip, zip.length + 10);
		assertRefused("report.docx", trailing, "reporting.error.file.type");
		assertRefused("report.docx", Arrays.copyOf(zip, zip.length - 10), "reporting.error.file.type");
	}

	@Test
	void emptyAndOversizeFilesAreRefused() {
		assertRefused("act.pdf", new byte[0], "reporting.error.file.empty");
		assertRefused("act.pdf", Arrays.copyOf(EvidenceFilesTest.PDF, (int) evidence.maxBytes() + 1),
				"reporting.error.file.tooLarge");
	}

	@Test
	void theUploadFormRedirectsWithTheReasonAndStoresNothing() throws Exception {
		byte[] macros = HostileFiles.docm(EvidenceFilesTest.officeZip("word/document.xml"));
		mvc.perform(multipart("/staff/reporting/files")
				.file(new MockMultipartFile("file", "report.docx", "application/octet-stream", macros))
				.param("ownerKind", "REPORT").param("ownerId", String.valueOf(report.getId()))
				.with(user(reporter(f.deptA))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "reporting.error.file.macros"));
		for (String key : java.util.List.of("reporting.error.file.macros", "reporting.error.file.zipBomb",
				"reporting.error.file.mixed")) {
			String kk = messages.getMessage(key, null, Language.KK.locale());
			String ru = messages.getMessage(key, null, Language.RU.locale());
			String en = messages.getMessage(key, null, Language.EN.locale());
			assertThat(java.util.Set.of(kk, ru, en)).hasSize(3).noneMatch(m -> m.equals(key));
		}
		assertThat(evidence.list(EvidenceFiles.OwnerKind.REPORT, report.getId())).isEmpty();
	}
}
