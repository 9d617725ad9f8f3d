package kz.kenes.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import kz.kenes.i18n.Language;
import kz.kenes.support.KenesTest;

/** The protocol of the seed meeting, read back from DOCX (POI) and PDF (PDFBox) in Kazakh and Russian. */
@KenesTest
class ProtocolDocumentsTest {

	@Autowired
	MeetingFixtures fixtures;

	@Autowired
	MeetingQueries queries;

	@Autowired
	ProtocolDocuments protocols;

	MeetingRecord seed() {
		return queries.publicList(fixtures.miras(), 100, 0).stream()
			.filter(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2024, 11, 15))).findFirst()
			.flatMap(m -> queries.record(m.id())).orElseThrow();
	}

	@Test
	void theWarmUpRendersBothWeightsOfTheEmbeddedFont() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(protocols.warmUp())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Хаттама Протокол");
			assertThat(pdf.getPage(0).getResources().getFontNames()).hasSize(2);
		}
	}

	@Test
	void kazakhDocxHasTheOfficialDateTheNamesPositionsFiguresAndDecisions() throws IOException {
		String text = docx(protocols.docx(seed(), Language.KK));
		assertThat(text).contains("2024 жылғы 15 қарашадағы № 3 хаттама")
			.contains("Мұрат Жолдыхожаев — «AMANAT» партиясының Шымкент қалалық филиалының атқарушы хатшысы")
			.contains("Момбек Әбдіәкімұлы")
			.contains("Айгерім Жұмақұлова — Ішкі саясат және жастар істері жөніндегі басқармасының басшысы")
			.contains("Бауыржан Орынтаев")
			.contains("2024 жылдың 10 айы")
			.contains("«Бәйтерек»")
			.contains("ТЫҢДАЛДЫ")
			.contains("ШЕШІМ ҚАБЫЛДАНДЫ")
			.contains("Мерзімі: 16.12.2024");
		assertThat(text).containsPattern("Өткізілген іс-шаралар саны \\(іс-шара\\)\\s+2023\\s+20");
		assertThat(text).containsPattern("Пайдалануға берілген нысандар \\(нысан\\)\\s+2024\\s+4");
	}

	@Test
	void russianDocxSpeaksRussian() throws IOException {
		String text = docx(protocols.docx(seed(), Language.RU));
		assertThat(text).contains("Протокол № 3 от 15 ноября 2024 года")
			.contains("Айгерим Жумакулова — руководитель управления внутренней политики и по делам молодежи")
			.contains("СЛУШАЛИ").contains("РЕШИЛИ").contains("10 месяцев 2024 года");
	}

	@Test
	void pdfEmbedsAFontWithTheKazakhLettersAndReadsBackInBothLanguages() throws IOException {
		byte[] kk = protocols.pdf(seed(), Language.KK);
		try (PDDocument pdf = Loader.loadPDF(kk)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("2024 жылғы 15 қарашадағы № 3 хаттама").contains("Айгерім Жұмақұлова")
				.contains("Бауыржан Орынтаев").contains("Әбдіәкімұлы").contains("ҚАБЫЛДАНДЫ")
				.contains("«Отбасындағы зорлық-зомбылықсыз Қазақстан»");
			for (String letter : new String[] { "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "І", "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і" }) {
				assertThat(text).as("letter %s", letter).contains(letter);
			}
			PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
		}
		// the font shipped with the app has every Kazakh letter and the tenge sign
		try (var stream = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream();
				TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(stream))) {
			CmapLookup cmap = ttf.getUnicodeCmapLookup();
			for (char c : "ӘәҒғҚқҢңӨөҰұҮүҺһІі₸".toCharArray()) {
				assertThat(cmap.getGlyphId(c)).as("glyph for %s", c).isPositive();
			}
		}
		try (PDDocument pdf = Loader.loadPDF(protocols.pdf(seed(), Language.RU))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Протокол № 3 от 15 ноября 2024 года")
				.contains("СЛУШАЛИ");
		}
	}

	@Test
	void englishFallsBackToKazakhForTheOfficialDocument() {
		assertThat(protocols.fileName(seed(), Language.EN, "pdf")).endsWith("-kk.pdf");
	}

	private static String docx(byte[] bytes) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}
}
