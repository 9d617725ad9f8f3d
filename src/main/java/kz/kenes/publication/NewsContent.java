package kz.kenes.publication;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * What an editor writes: title, lead and body in kk/ru/en (Kazakh required, the others fall back to it) and tags.
 * Bodies are plain text; paragraphs are separated by line breaks and rendered escaped.
 */
public record NewsContent(LocalizedText title, LocalizedText lead, LocalizedText body, Set<String> tags) {

	static final int TITLE_MAX = 300;
	static final int LEAD_MAX = 1000;
	static final int BODY_MAX = 100_000;
	static final int TAG_MAX = 60;
	static final int TAGS_MAX = 12;

	public NewsContent {
		title = trimmed(title);
		lead = trimmed(lead);
		body = trimmed(body);
		tags = tags == null ? Set.of()
				: tags.stream().map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.replaceFirst("^#", ""))
					.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Tags from a comma-separated field. */
	public static Set<String> tagsOf(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return Set.of();
		}
		return Set.of(commaSeparated.split("\\s*,\\s*")).stream().filter(s -> !s.isBlank())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	void validate() {
		if (title.kk() == null || title.kk().isBlank()) {
			throw new RuleViolation("publication.news.titleRequired");
		}
		if (body.kk() == null || body.kk().isBlank()) {
			throw new RuleViolation("publication.news.bodyRequired");
		}
		if (tooLong(title, TITLE_MAX)) {
			throw new RuleViolation("publication.news.titleTooLong", TITLE_MAX);
		}
		if (tooLong(lead, LEAD_MAX)) {
			throw new RuleViolation("publication.news.leadTooLong", LEAD_MAX);
		}
		if (tooLong(body, BODY_MAX)) {
			throw new RuleViolation("publication.news.bodyTooLong", BODY_MAX);
		}
		if (tags.size() > TAGS_MAX || tags.stream().anyMatch(t -> t.length() > TAG_MAX)) {
			throw new RuleViolation("publication.news.tagsInvalid", TAGS_MAX, TAG_MAX);
		}
	}

	private static boolean tooLong(LocalizedText text, int max) {
		return length(text.kk()) > max || length(text.ru()) > max || length(text.en()) > max;
	}

	private static int length(String s) {
		return s == null ? 0 : s.length();
	}

	private static LocalizedText trimmed(LocalizedText text) {
		if (text == null) {
			return new LocalizedText(null, null, null);
		}
		return new LocalizedText(blankToNull(text.kk()), blankToNull(text.ru()), blankToNull(text.en()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
	}
}
