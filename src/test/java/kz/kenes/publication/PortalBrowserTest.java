package kz.kenes.publication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import kz.kenes.support.BrowserTestSupport;
import kz.kenes.support.KenesBrowserTest;

/**
 * An anonymous visitor reads the news about the Miras meeting, shares it, switches to Russian and sends a
 * proposal; the secretary moderates it; the visitor follows it with the private code.
 */
@KenesBrowserTest
class PortalBrowserTest extends BrowserTestSupport {

	static final String SEED_TITLE = "«AMANAT» ПАРТИЯСЫ: «MIRAS» АЙМАҚТЫҚ КЕҢЕСІНІҢ ОТЫРЫСЫ ӨТТІ";

	@Test
	void visitorReadsSharesAndProposesSecretaryModeratesVisitorSeesTheOutcome() {
		BrowserContext visitor = browser.newContext();
		visitor.grantPermissions(List.of("clipboard-read", "clipboard-write"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		Page page = visitor.newPage();
		page.navigate(url("/"));
		screenshot(page, "portal-home");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SEED_TITLE)).first().click();

		assertThat(page.locator("h1")).hasText(SEED_TITLE);
		assertThat(page.locator(".news-view-count")).hasText(Pattern.compile("^\\d+ қаралым$"));
		int views = Integer.parseInt(page.locator(".news-view-count").textContent().split(" ")[0]);
		assertThat(views).isGreaterThanOrEqualTo(35);
		assertThat(page.locator(".news-comment-count")).hasText("0 пікір");
		assertThat(page.locator(".news-body")).containsText("— деді Айгерім Жұмақұлова.");
		String articleUrl = page.url();

		page.getByText("Сілтемені көшіру").click();
		assertThat(page.locator(".copy-status")).hasText("Сілтеме көшірілді");
		Object copied = page.evaluate("navigator.clipboard.readText()");
		assertThat(copied).isEqualTo(articleUrl);
		screenshot(page, "portal-article-kk");

		page.getByText("РУС").click();
		assertThat(page.locator("h1")).hasText("ПАРТИЯ «AMANAT»: СОСТОЯЛОСЬ ЗАСЕДАНИЕ РЕГИОНАЛЬНОГО СОВЕТА «MIRAS»");
		assertThat(page.locator(".news-view-count")).hasText(Pattern.compile("^\\d+ просмотр(а|ов)?$"));
		assertThat(page.locator("#share")).containsText("Поделиться");
		screenshot(page, "portal-article-ru");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Отправить предложение")).first().click();
		assertThat(page.locator("h1")).hasText("Отправить предложение");
		page.getByLabel("Текст предложения").fill("Открыть детский кружок домбры в новом клубе микрорайона Тассай.");
		page.getByLabel("Ваше имя (необязательно)").fill("Алия");
		page.getByLabel("Контакт (email, телефон или Telegram)").fill("aliya@example.kz");
		// to the "Miras" council (other regions' councils and branches are in the list too)
		String miras = page.locator("#addresseeId option", new Page.LocatorOptions().setHasText("Miras")).first()
			.getAttribute("value");
		page.locator("#addresseeId").selectOption(miras);
		screenshot(page, "portal-proposal-form-ru");
		page.locator("form[action$='/proposals'] button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Статус вашего предложения");
		String code = page.locator(".alert .tracking-code").textContent();
		assertThat(code).matches("[A-Z2-9]{10}");
		assertThat(page.locator(".proposal-status")).containsText("Поступило, ожидает модерации");
		screenshot(page, "portal-proposal-sent-ru");

		Page secretary = loggedIn("secretary");
		secretary.navigate(url("/staff/news/proposals?lang=kk"));
		var card = secretary.locator(".submission", new Page.LocatorOptions().setHasText("детский кружок домбры"));
		assertThat(card).containsText("aliya@example.kz");
		screenshot(secretary, "portal-moderation-queue");
		moderate(secretary, card);

		page.navigate(url("/proposals/track"));
		page.getByPlaceholder("Код").fill(code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Найти")).click();
		expectOutcome(page);
		screenshot(page, "portal-proposal-answered-ru");
		visitor.close();
	}

	@Test
	void secretaryDraftsTheNewsFromTheMeetingEditsAndPublishesIt() {
		Page secretary = loggedIn("secretary");
		secretary.navigate(url("/staff/news?lang=kk"));
		secretary.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Отырыс бойынша жаңалық жобасы")).click();
		var row = secretary.locator(".held-meeting", new Page.LocatorOptions().setHasText("2024 жылғы 15 қараша"));
		screenshot(secretary, "portal-draft-from-meeting");
		row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Жаңалық жобасын жасау")).click();
		assertThat(secretary.locator(".alert-info")).containsText("Жоба отырыс хаттамасынан жасалды");
		assertThat(secretary.locator("#title-kk")).hasValue(SEED_TITLE);
		assertThat(secretary.locator("#body-kk")).containsText("— деді Айгерім Жұмақұлова.");
		screenshot(secretary, "portal-draft-editor");
		// the secretary edits before publishing
		secretary.locator("#tags").fill("Miras, отырыс");
		secretary.locator("#lead-kk").fill("Кеңес отырысында Жол картасының 10 айдағы орындалуы талқыланды.");
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сақтау")).click();
		assertThat(secretary.locator(".alert-success")).containsText("Сақталды.");
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Жариялау")).click();
		assertThat(secretary.locator(".alert-success")).containsText("Жарияланды.");
		secretary.locator("a[href^='/news/']").first().click();
		assertThat(secretary.locator("h1")).hasText(SEED_TITLE);
		assertThat(secretary.locator(".news-lead")).hasText("Кеңес отырысында Жол картасының 10 айдағы орындалуы талқыланды.");
		assertThat(secretary.locator(".news-body")).containsText("«Miras» аймақтық кеңесінің отырысы өтті.");
		assertThat(secretary.locator("body")).containsText("Отырыстың хаттамасы мен шешімдері");
		screenshot(secretary, "portal-drafted-article-published");
	}

	/** The secretary passes the proposal into the proposal workflow, assigns an executor and answers it. */
	void moderate(Page secretary, com.microsoft.playwright.Locator card) {
		card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Қарауға жіберу"))
			.click();
		secretary.waitForURL("**/staff/proposals/**");
		screenshot(secretary, "portal-proposal-in-workflow");
		secretary.locator("form[action*='/review'] button[type=submit]").click();
		secretary.locator("#answer").fill("Ұсыныс қабылданды: домбыра үйірмесі 2025 жылы Тассайдағы жаңа клубта ашылады.");
		secretary.locator("form[action*='/answer'] button[type=submit]").click();
		assertThat(secretary.locator("body")).containsText("домбыра үйірмесі 2025 жылы");
		screenshot(secretary, "portal-proposal-answered-staff");
	}

	void expectOutcome(Page page) {
		assertThat(page.locator(".proposal-status")).containsText("Принято");
		assertThat(page.locator(".proposal-answer")).containsText("домбыра үйірмесі 2025 жылы Тассайдағы жаңа клубта ашылады");
	}
}
