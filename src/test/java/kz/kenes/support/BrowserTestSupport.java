package kz.kenes.support;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

/**
 * Base of browser tests: one headless Chromium per test class, helpers to log in and to save screenshots under
 * {@code target/screenshots/}. Subclasses are annotated {@link KenesBrowserTest}.
 */
public abstract class BrowserTestSupport {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected Page newPage() {
		return browser.newContext().newPage();
	}

	/** Logs in through the Kazakh login form; the demo password is the same for every demo user. */
	protected Page loggedIn(String username) {
		Page page = newPage();
		page.navigate(url("/login?lang=kk"));
		page.locator("#username").fill(username);
		page.locator("#password").fill("kenes-demo");
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForURL("**/staff**");
		return page;
	}

	protected static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}
}
