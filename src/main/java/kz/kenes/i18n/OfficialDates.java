package kz.kenes.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Dates as official Kazakh and Russian documents write them.
 * <ul>
 * <li>kk locative ("on 15 November 2024"): {@code 2024 жылғы 15 қарашада}</li>
 * <li>kk attributive, for headings ("the protocol of 15 November 2024"): {@code 2024 жылғы 15 қарашадағы}</li>
 * <li>ru: {@code 15 ноября 2024 года}</li>
 * </ul>
 * The Kazakh suffix follows vowel harmony (front vowels ә е і ө ү take -де/-дегі, back ones -да/-дағы)
 * and the last sound (after a voiceless к п т с ш ф х ц ч щ the suffix starts with т).
 */
public final class OfficialDates {

	private static final List<String> KK_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
			"шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

	private static final List<String> RU_MONTHS_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая",
			"июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");

	private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December");

	private static final String FRONT_VOWELS = "әеіөүэ";
	private static final String VOWELS = "аәеёиоөуұүыіэюя";
	private static final String NEUTRAL_VOWELS = "иу";
	private static final String VOICELESS = "кқптсшфхцчщ";

	private OfficialDates() {
	}

	/** "2024 жылғы 15 қарашада" — when something happened. */
	public static String kazakh(LocalDate date) {
		return date.getYear() + " жылғы " + date.getDayOfMonth() + " " + locative(kazakhMonth(date.getMonthValue()));
	}

	/** "2024 жылғы 15 қарашадағы" — the attributive form used before a noun, as in a protocol heading. */
	public static String kazakhAttributive(LocalDate date) {
		return date.getYear() + " жылғы " + date.getDayOfMonth() + " "
				+ attributive(kazakhMonth(date.getMonthValue()));
	}

	/** "15 қарашада": the date in a news item's running text, once the lead has given the year. */
	public static String kazakhInText(LocalDate date) {
		return date.getDayOfMonth() + " " + locative(kazakhMonth(date.getMonthValue()));
	}

	/** "15 ноября": the date in a news item's running text, once the lead has given the year. */
	public static String russianInText(LocalDate date) {
		return date.getDayOfMonth() + " " + RU_MONTHS_GENITIVE.get(date.getMonthValue() - 1);
	}

	/** "15 ноября 2024 года". */
	public static String russian(LocalDate date) {
		return date.getDayOfMonth() + " " + RU_MONTHS_GENITIVE.get(date.getMonthValue() - 1) + " " + date.getYear()
				+ " года";
	}

	/** "15 November 2024". */
	public static String english(LocalDate date) {
		return date.getDayOfMonth() + " " + EN_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

	/** The official prose date in a language: kk locative, ru genitive with "года", en plain. */
	public static String format(LocalDate date, Language language) {
		return switch (language) {
			case KK -> kazakh(date);
			case RU -> russian(date);
			case EN -> english(date);
		};
	}

	/** "қараша 2024" / "ноябрь 2024" style month label for lists and tables. */
	public static String monthLabel(YearMonth month, Language language) {
		return switch (language) {
			case KK -> month.getYear() + " ж. " + kazakhMonth(month.getMonthValue());
			case RU -> month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Language.RU.locale())
					+ " " + month.getYear();
			case EN -> EN_MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear();
		};
	}

	public static String kazakhMonth(int month) {
		return KK_MONTHS.get(month - 1);
	}

	/** Locative case (жатыс септік): қараша → қарашада, қыркүйек → қыркүйекте, сәуір → сәуірде. */
	public static String locative(String word) {
		return word + (endsVoiceless(word) ? "т" : "д") + (isFront(word) ? "е" : "а");
	}

	/** Locative plus -ғы/-гі: қараша → қарашадағы, қыркүйек → қыркүйектегі. */
	public static String attributive(String word) {
		return locative(word) + (isFront(word) ? "гі" : "ғы");
	}

	private static boolean endsVoiceless(String word) {
		return VOICELESS.indexOf(Character.toLowerCase(word.charAt(word.length() - 1))) >= 0;
	}

	/**
	 * A word is front (жіңішке) when its last vowel is front. И and у are skipped: they serve both rows
	 * (елу → елуден, ту → туда), so the vowel before them decides.
	 */
	static boolean isFront(String word) {
		for (int i = word.length() - 1; i >= 0; i--) {
			char c = Character.toLowerCase(word.charAt(i));
			if (VOWELS.indexOf(c) >= 0 && NEUTRAL_VOWELS.indexOf(c) < 0) {
				return FRONT_VOWELS.indexOf(c) >= 0;
			}
		}
		return false;
	}
}
