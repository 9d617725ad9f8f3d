package kz.kenes.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

/**
 * On a phone (390 px), the branch's secretary enters a meeting with residents held online, with a co-chair and an
 * unnamed audience, marks it held; the public reads it in Kazakh and Russian and the protocol names all of it.
 */
@KenesBrowserTest
class EventsBrowserTest extends BrowserTestSupport {

	@Autowired
	OrgUnits units;

	@Autowired
	People people;

	@Test
	void aResidentsMeetingHeldOnlineWithACoChairAndAnAudienceIsEnteredOnAPhoneAndShownPublicly() throws IOException {
		long branch = units.findByCode("shymkent-branch").orElseThrow().getId();
		long murat = people.findByCode("murat-zholdykhozhaev").orElseThrow().getId();
		long mombek = people.findByCode("mombek-abdiakimuly").orElseThrow().getId();
		Page page = loggedIn("secretary");
		page.setViewportSize(390, 844);
		page.navigate(url("/staff/meetings/new"));
		page.getByLabel("Ұйымдастырушы").selectOption(String.valueOf(branch));
		page.getByLabel("Іс-шара түрі").selectOption("RESIDENTS_MEETING");
		page.getByLabel("Онлайн платформа").fill("Zoom");
		page.getByLabel("Күні").fill(LocalDate.now().minusDays(1).toString());
		page.getByLabel("Уақыты").fill("18:30");
		page.getByLabel("Өткізу нысаны").selectOption("ONLINE");
		page.getByLabel("Онлайн сілтеме").fill("https://zoom.us/j/555");
		page.locator("#chairPersonId").selectOption(String.valueOf(murat));
		screenshot(page, "events-new-390");
		page.locator("main form[action$='/staff/meetings'] button[type=submit]").click();
		assertThat(page.locator("#event-kind")).hasText("Тұрғындармен кездесу");

		page.locator("#coChairPersonId").selectOption(String.valueOf(mombek));
		page.locator("#co-chair-form button[type=submit]").click();
		assertThat(page.locator("#co-chairs")).containsText("Момбек Әбдіәкімұлы");

		page.getByLabel("Қатысушылар тобы").selectOption("RESIDENTS");
		page.getByLabel("Саны", new Page.GetByLabelOptions().setExact(true)).fill("120");
		page.locator("#audience-form button[type=submit]").click();
		assertThat(page.locator("#audience-groups")).containsText("120");

		page.getByLabel("Мәселе (қазақша)").fill("Жол картасының 2024 жылдың 10 айындағы орындалуы туралы");
		page.getByLabel("Мәселе (орысша)").fill("О реализации Дорожной карты за 10 месяцев 2024 года");
		page.getByLabel("Бастапқы жыл").fill("2024");
		page.getByLabel("Бастапқы ай").selectOption("1");
		page.getByLabel("Соңғы жыл").fill("2024");
		page.getByLabel("Соңғы ай").selectOption("10");
		page.locator("form[action$='/agenda'] button[type=submit]").click();
		assertThat(page.locator("#agenda-h ~ ol").first()).containsText("2024 жылдың 10 айы");
		screenshot(page, "events-record-390");
		page.locator("form[action$='/held'] button").click();
		assertThat(page.locator("main .badge.text-bg-success").first()).hasText("Өтті");
		String path = page.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

		Download docx = page.waitForDownload(() -> page.locator("#protocol-kk-docx").click());
		Path docxFile = Path.of("target/screenshots/events-protocol-kk.docx");
		docx.saveAs(docxFile);
		try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docxFile));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("Іс-шара түрі: Тұрғындармен кездесу").contains("онлайн, Zoom")
				.contains("Тең төрағалар: Момбек Әбдіәкімұлы").contains("Сондай-ақ қатысты: тұрғындар — 120.")
				.contains("Ұйымдастырушы: «AMANAT» партиясының Шымкент қалалық филиалы");
		}

		Page anonymous = newPage();
		anonymous.setViewportSize(390, 844);
		anonymous.navigate(url("/meetings?lang=kk&kind=RESIDENTS_MEETING&format=ONLINE"));
		anonymous.locator("a[href='/meetings/" + id + "']").click();
		assertThat(anonymous.locator("#event-kind")).hasText("Тұрғындармен кездесу");
		assertThat(anonymous.locator("#event-format")).hasText("онлайн (Zoom)");
		assertThat(anonymous.locator("#event-chairs")).containsText("Мұрат Жолдыхожаев");
		assertThat(anonymous.locator("#event-chairs")).containsText("Момбек Әбдіәкімұлы");
		assertThat(anonymous.locator("#event-audience")).containsText("тұрғындар: 120");
		assertThat(anonymous.locator("main")).not().containsText("zoom.us");
		screenshot(anonymous, "events-public-kk-390");
		assertThat((Boolean) anonymous.evaluate("document.documentElement.scrollWidth <= 390")).isTrue();

		anonymous.navigate(url("/meetings/" + id + "?lang=ru"));
		assertThat(anonymous.locator("#event-kind")).hasText("Встреча с жителями");
		assertThat(anonymous.locator("#event-audience")).containsText("жители: 120");
		assertThat(anonymous.locator("main")).containsText("10 месяцев 2024 года");
		screenshot(anonymous, "events-public-ru-390");
		assertThat((Boolean) anonymous.evaluate("document.documentElement.scrollWidth <= 390")).isTrue();
	}
}
