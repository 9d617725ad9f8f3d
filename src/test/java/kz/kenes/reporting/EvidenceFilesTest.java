package kz.kenes.reporting;

import static kz.kenes.reporting.ReportingFixture.as;
import static kz.kenes.reporting.ReportingFixture.reporter;
import static kz.kenes.reporting.ReportingFixture.run;
import static kz.kenes.reporting.ReportingFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import kz.kenes.platform.RuleViolation;
import kz.kenes.support.KenesTest;
import kz.kenes.support.TaggedImages;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction rolled back at its end, so its rows never reach other modules' tests. */
@KenesTest
@Transactional
class EvidenceFilesTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	MockMvc mvc;

	ReportingFixture f;
	long item;
	PeriodReport report;

	@BeforeEach
	void setUp() {
		f = new ReportingFixture(jdbc);
		item = f.item("1", f.directionYouth, f.task1, f.deptA, null);
		f.target(f.indicator(item, "EVENTS"), 2024, 4);
		report = as(reporter(f.deptA), () -> workflow.open(item, ReportPeriod.month(2024, 5)));
	}

	private EvidenceFiles.EvidenceFile upload(String name, byte[] content) {
		return as(reporter(f.deptA), () -> evidence.upload(EvidenceFiles.OwnerKind.REPORT, report.getId(), name,
				content));
	}

	static byte[] officeZip(String part) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(part));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	@Test
	void acceptsPdfPngAndOfficeDocumentsByTheirContent() throws IOException {
		assertThat(upload("акт.pdf", PDF).contentType()).isEqualTo("application/pdf");
		assertThat(upload("photo.PNG", PNG).contentType()).isEqualTo("image/png");
		assertThat(upload("есеп.docx", officeZip("word/document.xml")).contentType()).endsWith("wordprocessingml.document");
		assertThat(upload("table.xlsx", officeZip("xl/workbook.xml")).contentType()).endsWith("spreadsheetml.sheet");
		assertThat(upload("C:\\Users\\x\\evil\\..\\акт.pdf", PDF).fileName()).isEqualTo("акт.pdf");
		assertThat(evidence.list(EvidenceFiles.OwnerKind.REPORT, report.getId())).hasSize(5);
	}

	@Test
	void refusesWrongTypesRenamedFilesExecutablesAndOversizedFiles() throws IOException {
		long before = jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();
		assertThatThrownBy(() -> upload("notes.pdf", "just text".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RuleViolation.class).hasMessage("reporting.error.file.type");
		assertThatThrownBy(() -> upload("report.pdf", EXE)).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.type");
		assertThatThrownBy(() -> upload("report.exe", EXE)).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.type");
		assertThatThrownBy(() -> upload("photo.pdf", PNG)).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.renamed");
		assertThatThrownBy(() -> upload("table.docx", officeZip("xl/workbook.xml"))).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.renamed");
		assertThatThrownBy(() -> upload("archive.docx", officeZip("other/file.xml"))).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.type");
		byte[] big = Arrays.copyOf(PDF, (int) evidence.maxBytes() + 1);
		assertThatThrownBy(() -> upload("big.pdf", big)).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.tooLarge");
		assertThatThrownBy(() -> upload("empty.pdf", new byte[0])).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.file.empty");
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyTheItemsExecutorsUploadAndNotOnceTheReportIsSubmitted() {
		assertThatThrownBy(() -> run(reporter(f.deptB), () -> evidence.upload(EvidenceFiles.OwnerKind.REPORT,
				report.getId(), "a.pdf", PDF))).isInstanceOf(AccessDeniedException.class);
		PeriodReport edited = as(reporter(f.deptA), () -> workflow.edit(report.getId(), report.getVersion(), Map.of(),
				"Есеп", null));
		as(reporter(f.deptA), () -> workflow.submit(report.getId(), edited.getVersion()));
		assertThatThrownBy(() -> upload("late.pdf", PDF)).isInstanceOf(RuleViolation.class)
			.hasMessage("reporting.error.report.state");
	}

	@Test
	void staffOnlyUntilTheReportIsAcceptedThenPublic() throws Exception {
		EvidenceFiles.EvidenceFile file = upload("акт.pdf", PDF);
		mvc.perform(get("/evidence/{id}", file.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/evidence/{id}", file.id()).with(user(reporter(f.deptB)))).andExpect(status().isForbidden());
		mvc.perform(get("/evidence/{id}", file.id()).with(user(reporter(f.deptA)))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", "private, no-store"));

		PeriodReport edited = as(reporter(f.deptA), () -> workflow.edit(report.getId(), report.getVersion(), Map.of(),
				"Есеп", null));
		PeriodReport submitted = as(reporter(f.deptA), () -> workflow.submit(report.getId(), edited.getVersion()));
		as(secretary(f.branch), () -> workflow.accept(report.getId(), submitted.getVersion()));
		// public now, yet kept by the visitor's browser only, never by a shared cache on the way
		mvc.perform(get("/evidence/{id}", file.id())).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private, max-age=3600"));
	}

	/** The battery's finding: public evidence photos told where and with what they were taken. */
	@Test
	void photosAreStoredWithoutGpsCameraOrTextAndTurnedUpright() throws Exception {
		byte[] jpeg = TaggedImages.jpegWithGps(40, 20, 6);
		assertThat(TaggedImages.contains(jpeg, "Exif")).isTrue();
		assertThat(TaggedImages.contains(jpeg, TaggedImages.CAMERA)).isTrue();
		EvidenceFiles.EvidenceFile photo = upload("фото.jpg", jpeg);
		byte[] served = mvc.perform(get("/evidence/{id}", photo.id()).with(user(reporter(f.deptA))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(served).hasSize((int) photo.sizeBytes());
		assertThat(TaggedImages.contains(served, "Exif")).isFalse();
		assertThat(TaggedImages.contains(served, TaggedImages.CAMERA)).isFalse();
		assertThat(TaggedImages.contains(served, TaggedImages.PLACE)).isFalse();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("\u00FF\u00E1");
		java.awt.image.BufferedImage upright = TaggedImages.decoded(served);
		// orientation 6: the camera was turned a quarter clockwise, so the 40 x 20 picture stands 20 x 40, its red
		// left half on top
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		assertThat(new java.awt.Color(upright.getRGB(10, 5)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(upright.getRGB(10, 35)).getBlue()).isGreaterThan(200);

		byte[] png = TaggedImages.pngWithText(30, 10);
		assertThat(TaggedImages.contains(png, TaggedImages.PLACE)).isTrue();
		EvidenceFiles.EvidenceFile picture = upload("сурет.png", png);
		byte[] stored = mvc.perform(get("/evidence/{id}", picture.id()).with(user(reporter(f.deptA))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(TaggedImages.contains(stored, "tEXt")).isFalse();
		assertThat(TaggedImages.contains(stored, TaggedImages.PLACE)).isFalse();
		java.awt.image.BufferedImage image = TaggedImages.decoded(stored);
		assertThat(image.getWidth()).isEqualTo(30);
		assertThat(image.getHeight()).isEqualTo(10);
		assertThat(image.getRGB(5, 5)).isEqualTo(java.awt.Color.RED.getRGB());
	}

	@Test
	void theUploadFormShowsWhyAFileWasRefused() throws Exception {
		mvc.perform(multipart("/staff/reporting/files").file(new MockMultipartFile("file", "virus.pdf",
				"application/pdf", EXE)).param("ownerKind", "REPORT").param("ownerId", String.valueOf(report.getId()))
			.with(user(reporter(f.deptA))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "reporting.error.file.type"));
		assertThat(evidence.list(EvidenceFiles.OwnerKind.REPORT, report.getId())).isEmpty();
	}
}
