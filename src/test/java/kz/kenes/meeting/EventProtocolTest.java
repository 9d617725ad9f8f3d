package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kenes.i18n.Language;
import kz.kenes.support.KenesTest;

/**
 * The seed meeting's protocol recorded as a hybrid round table with a co-chair and audience groups: the DOCX and PDF
 * in Kazakh and Russian name the kind, the host, the format with its platform, the co-chairs and the audience.
 */
@KenesTest
class EventProtocolTest {

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingQueries queries;

	@Autowired
	ProtocolDocuments protocols;

	MeetingRecord roundTable() {
		MeetingRecord m = queries.publicList(fixtures.miras(), 100, 0).stream()
			.filter(r -> r.startsAt().toLocalDate().equals(LocalDate.of(2024, 11, 15))).findFirst()
			.flatMap(r -> queries.record(r.id())).orElseThrow();
		MeetingRecord.PersonRef coChair = m.present().get(0).person();
		return new MeetingRecord(m.id(), m.number(), m.startsAt(), m.durationMinutes(), MeetingFormat.MIXED, m.place(),
				null, m.status(), m.council(), m.branch(), m.chair(), m.secretary(), 0, m.protocolSignedOn(),
				m.example(), m.version(), m.agenda(), m.participants(), m.reports(), m.proposals(), m.decisions(),
				EventKind.ROUND_TABLE, "Zoom", m.council(), List.of(m.chair(), coChair),
				List.of(new AudienceGroup(AudienceKind.TEACHERS_AND_STUDENTS, 40),
						new AudienceGroup(AudienceKind.JOURNALISTS, 6)));
	}

	@Test
	void theProtocolNamesTheKindHostFormatCoChairsAndAudienceInKazakhAndRussian() throws IOException {
		MeetingRecord record = roundTable();
		String coChair = record.chairs().get(1).name().kk();
		String kk = docx(record, Language.KK);
		assertThat(kk).contains("Іс-шара түрі: Дөңгелек үстел")
			.contains("Ұйымдастырушы: Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі")
			.contains("(аралас, Zoom)").contains("Тең төрағалар: " + coChair)
			.contains("Сондай-ақ қатысты: мұғалімдер мен студенттер — 40, журналистер — 6.")
			.contains("Тең төраға ____________ " + coChair);
		String ru = docx(record, Language.RU);
		assertThat(ru).contains("Вид мероприятия: Круглый стол").contains("(смешанный, Zoom)")
			.contains("Сопредседатели: " + record.chairs().get(1).name().ru())
			.contains("Также присутствовали: преподаватели и студенты — 40, журналисты — 6.");
		String pdf = pdf(record, Language.RU);
		assertThat(pdf).contains("Вид мероприятия: Круглый стол").contains("Сопредседатели:")
			.contains("Также присутствовали: преподаватели и студенты — 40, журналисты — 6.")
			.contains("Сопредседатель");
		assertThat(pdf(record, Language.KK)).contains("Іс-шара түрі: Дөңгелек үстел").contains("Тең төрағалар:");
	}

	private String docx(MeetingRecord record, Language language) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(protocols.docx(record, language)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	private String pdf(MeetingRecord record, Language language) throws IOException {
		try (PDDocument document = Loader.loadPDF(protocols.pdf(record, language))) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
