package kz.kenes.meeting;

import java.util.ResourceBundle;

import kz.kenes.i18n.Language;

/**
 * Names of event kinds and audience groups from the meeting module's texts ({@code meeting.kind.*},
 * {@code meeting.audience.*}), for code that has no message source at hand (a record's heading).
 */
final class EventTexts {

	private EventTexts() {
	}

	static String kindName(EventKind kind, Language language) {
		return bundle(language).getString("meeting.kind." + kind.name());
	}

	static String audienceName(AudienceKind kind, Language language) {
		return bundle(language).getString("meeting.audience." + kind.name());
	}

	/** Kazakh is the base file; no fallback to the machine's locale. */
	private static ResourceBundle bundle(Language language) {
		return ResourceBundle.getBundle("i18n.meeting", language == Language.KK ? java.util.Locale.ROOT
				: language.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
