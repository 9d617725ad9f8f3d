package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kenes.i18n.Language;
import kz.kenes.support.KenesTest;
import kz.kenes.support.TrickyText;

/**
 * The protocol of the seed meeting with {@link TrickyText} as the meeting's place (text a secretary types), read
 * back from the DOCX with POI and from the PDF with PDFBox.
 */
@KenesTest
class ProtocolUnicodeTest {

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingQueries queries;

	@Autowired
	ProtocolDocuments protocols;

	MeetingRecord seedAt(String place) {
		MeetingRecord m = queries.publicList(fixtures.miras(), 100, 0).stream()
			.filter(r -> r.startsAt().toLocalDate().equals(LocalDate.of(2024, 11, 15))).findFirst()
			.flatMap(r -> queries.record(r.id())).orElseThrow();
		return new MeetingRecord(m.id(), m.number(), m.startsAt(), m.durationMinutes(), MeetingFormat.IN_PERSON, place,
				m.onlineLink(), m.status(), m.council(), m.branch(), m.chair(), m.secretary(), m.otherGuests(),
				m.protocolSignedOn(), m.example(), m.version(), m.agenda(), m.participants(), m.reports(),
				m.proposals(), m.decisions());
	}

	@Test
	void docxKeepsEveryCharacter() throws IOException {
		for (String text : TrickyText.ALL) {
			for (Language language : new Language[] { Language.KK, Language.RU }) {
				byte[] docx = protocols.docx(seedAt(text), language);
				try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
						XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
					assertThat(extractor.getText()).contains(text);
				}
			}
		}
	}

	@Test
	void pdfKeepsTheTextItsFontCanShow() throws IOException {
		SoftAssertions softly = new SoftAssertions();
		for (String text : TrickyText.ALL) {
			if (text.equals(TrickyText.EMOJI)) {
				continue; // DejaVu Sans has no emoji: the PDF shows a placeholder glyph (see the report of issue 8)
			}
			byte[] pdf = protocols.pdf(seedAt(text), Language.KK);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String extracted = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				// NFKC: Arabic is drawn in its shaped presentation forms, which is what a PDF reader extracts
				String read = Normalizer.normalize(extracted, Normalizer.Form.NFKC);
				// a line mixing directions is drawn in bidi order; text extraction cannot know the paragraph's
				// direction and puts its runs in another order, so each run is checked on its own
				List<String> runs = text.equals(TrickyText.RIGHT_TO_LEFT) ? List.of(text.split(" — ")) : List.of(text);
				for (String run : runs) {
					softly.assertThat(read).as(text)
						.contains(Normalizer.normalize(run.replaceAll("\\s+", " "), Normalizer.Form.NFKC));
				}
			}
		}
		softly.assertAll();
	}
}
