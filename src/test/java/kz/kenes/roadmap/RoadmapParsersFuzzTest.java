package kz.kenes.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import kz.kenes.i18n.Language;

/**
 * Texts officials type or paste that the roadmap reads back: deadlines ("31.12.2024", "Жыл сайын (2027 жылға
 * дейін)") and language codes. Any text gives a value or nothing, never an exception; a deadline read back prints
 * as text that reads back to the same deadline. Longer runs: {@code bench/fuzz}.
 */
class RoadmapParsersFuzzTest {

	private static final RoadmapTexts TEXTS = new RoadmapTexts(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/roadmap");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@FuzzTest(maxDuration = "5s")
	void deadlines(FuzzedDataProvider data) {
		Language language = data.pickValue(Language.values());
		String text = data.consumeRemainingAsString();
		Optional<Deadline> deadline = TEXTS.parseDeadline(text);
		deadline.ifPresent(d -> {
			String printed = TEXTS.deadline(d, language);
			assertThat(TEXTS.parseDeadline(printed)).contains(d);
		});
	}

	@FuzzTest(maxDuration = "3s")
	void languageCodes(String code) {
		Language language = Language.of(code);
		assertThat(language).isNotNull();
		assertThat(Language.of(language.code())).isEqualTo(language);
		assertThat(Language.of(language.locale())).isEqualTo(language);
	}
}
