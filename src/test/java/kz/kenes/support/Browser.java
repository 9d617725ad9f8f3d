package kz.kenes.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium (or $KENES_CHROMIUM), else Playwright's own.
 * Without any browser the tests skip loudly, unless KENES_REQUIRE_BROWSER=true (set by .ci/run), when they fail.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser browser;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Browser launch() {
		Optional<Path> chromium = Optional.ofNullable(System.getenv("KENES_CHROMIUM")).map(Path::of)
			.or(() -> Optional.of(Path.of("/usr/bin/chromium")))
			.filter(Files::isExecutable);
		Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
		chromium.ifPresent(options::setExecutablePath);
		try {
			return new Browser(playwright, playwright.chromium().launch(options));
		}
		catch (RuntimeException e) {
			playwright.close();
			String message = "\n\n*** BROWSER TESTS SKIPPED: no Chromium found (install Debian's 'chromium' package). "
					+ e.getMessage().lines().findFirst().orElse("") + " ***\n";
			if ("true".equals(System.getenv("KENES_REQUIRE_BROWSER"))) {
				Assertions.fail(message, e);
			}
			System.err.println(message);
			Assumptions.abort(message);
			throw e;
		}
	}

	public BrowserContext newContext() {
		return browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("kk-KZ"));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
