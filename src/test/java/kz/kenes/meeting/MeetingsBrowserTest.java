package kz.kenes.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

/**
 * The secretary enters a meeting the way the seed's was: schedules it, fills the agenda, records who came and a
 * report heard, adds a proposal and turns it into a decision, marks the meeting held and downloads its protocol.
 */
@KenesBrowserTest
class MeetingsBrowserTest extends BrowserTestSupport {

	@Test
	void theSecretaryRecordsAMeetingAndDownloadsItsProtocol() throws IOException {
		Page page = loggedIn("secretary");
		page.navigate(url("/staff/meetings"));
		page.locator("a[href$='/staff/meetings/new']").click();
		assertThat(page.locator("h1")).hasText("Жаңа отырыс");
		page.getByLabel("Күні").fill(LocalDate.now().toString());
		page.getByLabel("Уақыты").fill("00:05");
		page.getByLabel("Өтетін орны").fill("Шымкент қ., филиалдың мәжіліс залы");
		page.getByLabel("Төраға").selectOption(new SelectOption().setLabel(
				"Момбек Әбдіәкімұлы — Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесінің төрағасы"));
		page.getByLabel("Хатшы").selectOption(new SelectOption().setLabel(
				"Дана Сейітқызы — Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесінің хатшысы"));
		screenshot(page, "meetings-new");
		page.locator("main form[action$='/staff/meetings'] button[type=submit]").click();
		assertThat(page.locator("main .badge").first()).hasText("Жоспарланған");

		// agenda: the question heard, its directions and the period
		page.getByLabel("Мәселе (қазақша)").fill("Жол картасының мәдениет, жастар және дін салалары бойынша "
				+ "2024 жылдың 10 айындағы орындалуы туралы");
		page.getByLabel("Мәселе (орысша)").fill("О ходе реализации Дорожной карты за 10 месяцев 2024 года");
		page.locator("#directionIds").selectOption(new SelectOption().setIndex(0));
		page.getByLabel("Соңғы жыл").fill("2024");
		page.getByLabel("Соңғы ай").selectOption("10");
		page.locator("form[action$='/agenda'] button[type=submit]").click();
		assertThat(page.locator("#agenda-h + p, #agenda-h ~ ol").first()).containsText("2024 жылдың 10 айы");

		// invitations and attendance
		page.locator("form[action$='/invite-council'] button").click();
		assertThat(page.locator("#attendance-form")).containsText("Гүлнар Әбенова");
		page.getByLabel("Шақыру", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(
				"Айгерім Жұмақұлова — Ішкі саясат және жастар істері жөніндегі басқармасының басшысы"));
		page.locator("form[action$='/invite'] button").click();
		assertThat(page.locator("#attendance-form")).containsText("Айгерім Жұмақұлова");
		Locator present = page.locator("#attendance-form input[value=PRESENT]");
		for (int i = 0; i < present.count(); i++) {
			present.nth(i).check();
		}
		page.getByLabel("Басқа қонақтар саны").fill("4");
		page.locator("#save-attendance").click();
		assertThat(page.locator("main .alert-success")).isVisible();
		assertThat(page.locator("#attendance-form input[value=PRESENT]:checked")).hasCount(present.count());

		// a report heard, covering roadmap item 1, whose figures are frozen
		page.locator("summary", new Page.LocatorOptions().setHasText("Тыңдалған баяндаманы қосу")).click();
		page.getByLabel("Баяндамашы").selectOption(new SelectOption().setLabel(
				"Айгерім Жұмақұлова — Ішкі саясат және жастар істері жөніндегі басқармасының басшысы"));
		page.getByLabel("Қысқаша мазмұны (қазақша)").fill("2023 жылға 20 іс-шара жоспарланып, толығымен орындалды.");
		page.getByLabel("Қысқаша мазмұны (орысша)").fill("На 2023 год было запланировано 20 мероприятий, все проведены.");
		page.locator("#itemIds").selectOption(new SelectOption().setIndex(0));
		page.locator("#report-form button[type=submit]").click();
		assertThat(page.locator("article.report-heard")).containsText("Айгерім Жұмақұлова");
		assertThat(page.locator("article.report-heard table")).containsText("Өткізілген іс-шаралар саны");

		// a proposal, turned into a decision
		page.locator("summary", new Page.LocatorOptions().setHasText("Ұсыныс енгізу")).click();
		page.getByLabel("Ұсыныс иесі").selectOption(new SelectOption().setLabel("Ерлан Тұрсынбеков"));
		page.getByLabel("Ұсыныс мәтіні").fill("Мектептерде отбасылық құндылықтар туралы апталық өткізу");
		page.locator("#proposal-form button[type=submit]").click();
		page.locator("a", new Page.LocatorOptions().setHasText("Шешімге айналдыру")).click();
		assertThat(page.locator("#textKk")).hasValue("Мектептерде отбасылық құндылықтар туралы апталық өткізу");
		page.getByLabel("Мәтіні (орысша)").fill("Провести в школах неделю семейных ценностей");
		page.getByLabel("Жауапты орындаушылар").selectOption(new SelectOption().setLabel(
				"Ішкі саясат және жастар істері жөніндегі басқарма"));
		screenshot(page, "meetings-decide");
		page.locator("#decision-form button[type=submit]").click();
		assertThat(page.locator("#decisions-h + p, #decisions-h ~ ol").first())
			.containsText("Мектептерде отбасылық құндылықтар туралы апталық өткізу");
		assertThat(page.locator("#proposals-h ~ ul")).containsText("қабылданды");

		// held, then the protocol in both formats
		screenshot(page, "meetings-record");
		page.locator("form[action$='/held'] button").click();
		screenshot(page, "meetings-after-held");
		assertThat(page.locator("main .badge.text-bg-success").first()).hasText("Өтті");
		screenshot(page, "meetings-held");

		Download docx = page.waitForDownload(() -> page.locator("#protocol-kk-docx").click());
		Path docxFile = Path.of("target/screenshots/meetings-protocol-kk.docx");
		docx.saveAs(docxFile);
		try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docxFile));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("жылғы").contains("хаттама").contains("Айгерім Жұмақұлова")
				.contains("Мектептерде отбасылық құндылықтар туралы апталық өткізу");
		}
		Download pdf = page.waitForDownload(() -> page.locator("#protocol-ru-pdf").click());
		Path pdfFile = Path.of("target/screenshots/meetings-protocol-ru.pdf");
		pdf.saveAs(pdfFile);
		try (PDDocument doc = Loader.loadPDF(pdfFile.toFile())) {
			assertThat(new PDFTextStripper().getText(doc)).contains("Протокол №").contains("Айгерим Жумакулова")
				.contains("Провести в школах неделю семейных ценностей");
		}
	}
}
