package kz.kenes.meeting;

import java.util.Map;

import kz.kenes.i18n.KazakhGrammar;
import kz.kenes.i18n.KazakhNumerals;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.RussianGrammar;
import kz.kenes.organization.Post;

/**
 * How a protocol names someone's position when the position has no title of its own: the post of the unit, as in
 * «Miras» аймақтық кеңесінің төрағасы / председатель регионального совета «Miras» / Chair of the "Miras" council.
 * Both languages put the unit's name in the genitive ({@link KazakhGrammar}, {@link RussianGrammar}).
 */
final class PositionTitles {

	private static final Map<Post, String[]> POSTS = Map.of(
			Post.CHAIR, new String[] { "төрағасы", "председатель", "Chair" },
			Post.DEPUTY_CHAIR, new String[] { "төрағасының орынбасары", "заместитель председателя", "Deputy chair" },
			Post.EXECUTIVE_SECRETARY, new String[] { "атқарушы хатшысы", "исполнительный секретарь", "Executive secretary" },
			Post.SECRETARY, new String[] { "хатшысы", "секретарь", "Secretary" },
			Post.MEMBER, new String[] { "мүшесі", "член", "Member" },
			Post.HEAD_OF_DEPARTMENT, new String[] { "басшысы", "руководитель", "Head" },
			Post.DEPUTY_HEAD, new String[] { "басшысының орынбасары", "заместитель руководителя", "Deputy head" },
			Post.SPECIALIST, new String[] { "маманы", "специалист", "Specialist" },
			Post.LEADER, new String[] { "жетекшісі", "руководитель", "Leader" });

	private PositionTitles() {
	}

	static LocalizedText of(Post post, LocalizedText unit, LocalizedText ownTitle) {
		if (ownTitle != null && ownTitle.kk() != null && !ownTitle.kk().isBlank()) {
			return ownTitle;
		}
		if (post == null || unit == null) {
			return null;
		}
		String[] words = POSTS.get(post);
		if (words == null) {
			// posts of the new bodies (akims, deputies, faction leaders…): organization composes their titles
			return kz.kenes.organization.PostTitles.of(post, null, null, unit, null);
		}
		return new LocalizedText(kazakhGenitive(unit.kk()) + " " + words[0],
				words[1] + " " + russianGenitive(unit.ru()),
				words[2] + " of the " + unit.en());
	}

	/** «Miras» аймақтық кеңесі → «Miras» аймақтық кеңесінің; … басқарма → … басқармасының (as the seed writes it). */
	static String kazakhGenitive(String phrase) {
		String name = phrase.strip();
		return KazakhGrammar.inflect(name.endsWith("басқарма") ? name + "сы" : name, KazakhNumerals.Case.GENITIVE);
	}

	/** Региональный совет «Miras» → регионального совета «Miras». */
	static String russianGenitive(String phrase) {
		return RussianGrammar.lowerFirst(RussianGrammar.decline(phrase.strip(), RussianGrammar.Case.GENITIVE));
	}
}
