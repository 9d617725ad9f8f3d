package kz.kenes.organization;

import kz.kenes.i18n.KazakhGrammar;
import kz.kenes.i18n.KazakhNumerals;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.RussianGrammar;

/**
 * The one place that composes the official title of a post in kk/ru/en. {@link #generic} is the title of the post
 * at a level («облыс әкімінің орынбасары» / «заместитель акима области»); {@link #of} is the full title in a unit:
 * the unit's name in the genitive before (kk) or after (ru) the post, as in «Miras» аймақтық кеңесінің төрағасы /
 * председатель регионального совета «Miras», or for an akim the territory of the akimat: «Шымкент қаласының әкімі» /
 * «аким города Шымкент». A title written for the position itself (a free-text post) always wins.
 */
public final class PostTitles {

	private PostTitles() {
	}

	/** The full title of a post held in a unit; {@code ownTitle} (when its Kazakh text is given) wins. */
	public static LocalizedText of(Post post, OrgUnitKind kind, OrgLevel level, LocalizedText unit,
			LocalizedText ownTitle) {
		if (ownTitle != null && ownTitle.kk() != null && !ownTitle.kk().isBlank()) {
			return ownTitle;
		}
		if (post == null) {
			return null;
		}
		if (unit == null || post == Post.MAZHILIS_DEPUTY || post == Post.SENATE_DEPUTY || post == Post.OTHER) {
			return generic(post, level);
		}
		if (post == Post.AKIM || post == Post.DEPUTY_AKIM) {
			return akim(post == Post.DEPUTY_AKIM, level, unit);
		}
		String[] words = words(post);
		return new LocalizedText(kazakhGenitive(unit.kk()) + " " + words[0],
				words[1] + " " + russianGenitive(unit.ru()), words[2] + " of the " + unit.en());
	}

	/** The full title as a unit shows it: {@link #of(Post, OrgUnitKind, OrgLevel, LocalizedText, LocalizedText)}. */
	public static LocalizedText of(Post post, OrgUnit unit, LocalizedText ownTitle) {
		return of(post, unit.getKind(), unit.level(), unit.name(), ownTitle);
	}

	/** The title of a post at a level, without the unit's name: «аудан әкімі», «облыстық мәслихат депутаты». */
	public static LocalizedText generic(Post post, OrgLevel level) {
		return switch (post) {
			case AKIM -> switch (level == null ? OrgLevel.REPUBLIC : level) {
				case REGION -> t("облыс әкімі", "аким области", "Akim of the region");
				case CITY -> t("қала әкімі", "аким города", "Akim of the city");
				case DISTRICT -> t("аудан әкімі", "аким района", "Akim of the district");
				case RURAL_DISTRICT -> t("ауылдық округ әкімі", "аким сельского округа", "Akim of the rural district");
				case REPUBLIC -> t("әкім", "аким", "Akim");
			};
			case DEPUTY_AKIM -> switch (level == null ? OrgLevel.REPUBLIC : level) {
				case REGION -> t("облыс әкімінің орынбасары", "заместитель акима области", "Deputy akim of the region");
				case CITY -> t("қала әкімінің орынбасары", "заместитель акима города", "Deputy akim of the city");
				case DISTRICT -> t("аудан әкімінің орынбасары", "заместитель акима района",
						"Deputy akim of the district");
				case RURAL_DISTRICT -> t("ауылдық округ әкімінің орынбасары", "заместитель акима сельского округа",
						"Deputy akim of the rural district");
				case REPUBLIC -> t("әкімнің орынбасары", "заместитель акима", "Deputy akim");
			};
			case MASLIKHAT_DEPUTY -> maslikhat(level, "депутаты", "депутат", "Deputy");
			case MASLIKHAT_SECRETARY -> maslikhat(level, "хатшысы", "секретарь", "Secretary");
			case MAZHILIS_DEPUTY -> t("Мәжіліс депутаты", "депутат Мажилиса", "Member of the Mazhilis");
			case SENATE_DEPUTY -> t("Сенат депутаты", "депутат Сената", "Senator");
			case FACTION_LEADER -> t("фракция жетекшісі", "руководитель фракции", "Faction leader");
			case PARTY_SECRETARY -> t("партия хатшысы", "секретарь партии", "Party Secretary");
			case CHAIR -> t("төраға", "председатель", "Chair");
			case DEPUTY_CHAIR -> t("төрағаның орынбасары", "заместитель председателя", "Deputy chair");
			case EXECUTIVE_SECRETARY -> t("атқарушы хатшы", "исполнительный секретарь", "Executive secretary");
			case SECRETARY -> t("хатшы", "секретарь", "Secretary");
			case MEMBER -> t("мүше", "член", "Member");
			case HEAD_OF_DEPARTMENT -> t("басқарма басшысы", "руководитель управления", "Head of department");
			case DEPUTY_HEAD -> t("басқарма басшысының орынбасары", "заместитель руководителя управления",
					"Deputy head of department");
			case SPECIALIST -> t("маман", "специалист", "Specialist");
			case LEADER -> t("жетекші", "руководитель", "Leader");
			case DIRECTOR -> t("директор", "директор", "Director");
			case TEACHER -> t("мұғалім", "учитель", "Teacher");
			case OTHER -> t("лауазымы", "должность", "Post");
		};
	}

	/** облыстық мәслихат депутаты / депутат областного маслихата; мәслихат хатшысы without a level. */
	private static LocalizedText maslikhat(OrgLevel level, String kk, String ru, String en) {
		String[] adjective = switch (level == null ? OrgLevel.REPUBLIC : level) {
			case REGION -> new String[] { "облыстық ", "областного ", "regional " };
			case CITY -> new String[] { "қалалық ", "городского ", "city " };
			case DISTRICT -> new String[] { "аудандық ", "районного ", "district " };
			default -> new String[] { "", "", "" };
		};
		return t(adjective[0] + "мәслихат " + kk, ru + " " + adjective[1] + "маслихата",
				en + " of the " + adjective[2] + "maslikhat");
	}

	/**
	 * An akim's title from the name of the akimat: «Шымкент қаласының әкімдігі» → «Шымкент қаласының әкімі», «Шымкент
	 * қаласы әкімінің орынбасары»; «Акимат города Шымкент» → «аким города Шымкент», «заместитель акима города
	 * Шымкент». A name of another shape gets the title of the level with the name in brackets.
	 */
	private static LocalizedText akim(boolean deputy, OrgLevel level, LocalizedText unit) {
		LocalizedText generic = generic(deputy ? Post.DEPUTY_AKIM : Post.AKIM, level);
		return new LocalizedText(akimKk(deputy, unit.kk(), generic.kk()), akimRu(deputy, unit.ru(), generic.ru()),
				akimEn(deputy, unit.en(), generic.en()));
	}

	private static String akimKk(boolean deputy, String name, String generic) {
		String n = name.strip();
		String nominative = null;
		String genitive = null;
		if (n.endsWith(" әкімдігі")) {
			genitive = n.substring(0, n.length() - " әкімдігі".length()).strip();
			nominative = withoutGenitive(genitive);
		}
		else if (n.endsWith(" әкімінің аппараты")) {
			nominative = n.substring(0, n.length() - " әкімінің аппараты".length()).strip();
			genitive = KazakhGrammar.inflect(nominative, KazakhNumerals.Case.GENITIVE);
		}
		if (nominative == null) {
			return generic + " (" + n + ")";
		}
		return deputy ? nominative + " әкімінің орынбасары" : genitive + " әкімі";
	}

	/** қаласының → қаласы, облысының → облысы, округінің → округі: the possessive without the genitive. */
	private static String withoutGenitive(String phrase) {
		if ((phrase.endsWith("ның") || phrase.endsWith("нің")) && phrase.length() > 4
				&& "аәеиоөуұүыіэюя".indexOf(phrase.charAt(phrase.length() - 4)) >= 0) {
			return phrase.substring(0, phrase.length() - 3);
		}
		return phrase;
	}

	private static String akimRu(boolean deputy, String name, String generic) {
		String n = name.strip();
		String territory = n.startsWith("Акимат ") ? n.substring("Акимат ".length())
				: n.startsWith("Аппарат акима ") ? n.substring("Аппарат акима ".length()) : null;
		if (territory == null) {
			return generic + " (" + n + ")";
		}
		return (deputy ? "заместитель акима " : "аким ") + territory;
	}

	private static String akimEn(boolean deputy, String name, String generic) {
		String n = name.strip();
		String territory = n.endsWith(" akimat") ? n.substring(0, n.length() - " akimat".length())
				: n.startsWith("Akimat of ") ? n.substring("Akimat of ".length())
				: n.startsWith("Office of the akim of ") ? n.substring("Office of the akim of ".length()) : null;
		if (territory == null) {
			return generic + " (" + n + ")";
		}
		return (deputy ? "Deputy akim of " : "Akim of ") + territory;
	}

	/** «Miras» аймақтық кеңесі → «Miras» аймақтық кеңесінің; … басқарма → … басқармасының (as the seed writes it). */
	public static String kazakhGenitive(String phrase) {
		String name = phrase.strip();
		return KazakhGrammar.inflect(name.endsWith("басқарма") ? name + "сы" : name, KazakhNumerals.Case.GENITIVE);
	}

	/**
	 * Региональный совет «Miras» → регионального совета «Miras»; a name that starts with a proper adjective keeps
	 * its capital: Туркестанский областной маслихат → Туркестанского областного маслихата.
	 */
	public static String russianGenitive(String phrase) {
		String declined = RussianGrammar.decline(phrase.strip(), RussianGrammar.Case.GENITIVE);
		String first = declined.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT);
		return COMMON_FIRST_WORDS.stream().anyMatch(first::startsWith) ? RussianGrammar.lowerFirst(declined)
				: declined;
	}

	/** Beginnings of the common words an official name may start with (written small mid-sentence). */
	private static final java.util.List<String> COMMON_FIRST_WORDS = java.util.List.of("региональн", "городск",
			"областн", "районн", "сельск", "управлени", "совет", "фракци", "акимат", "аппарат", "комисси", "бюро",
			"отдел", "департамент", "общеобразовательн", "молодежн", "молодёжн", "обществен", "гражданск", "парти",
			"филиал", "маслихат", "школ", "колледж", "больниц", "центр", "государствен", "республиканск",
			"национальн", "местн", "постоянн", "контрольн", "учреждени", "предприяти", "организаци", "объединени");

	private static LocalizedText t(String kk, String ru, String en) {
		return new LocalizedText(kk, ru, en);
	}

	/** The post's word after the unit's genitive (kk), before it (ru, en). */
	private static String[] words(Post post) {
		return switch (post) {
			case CHAIR -> new String[] { "төрағасы", "председатель", "Chair" };
			case DEPUTY_CHAIR -> new String[] { "төрағасының орынбасары", "заместитель председателя", "Deputy chair" };
			case EXECUTIVE_SECRETARY -> new String[] { "атқарушы хатшысы", "исполнительный секретарь",
					"Executive secretary" };
			case SECRETARY, MASLIKHAT_SECRETARY, PARTY_SECRETARY -> new String[] { "хатшысы", "секретарь", "Secretary" };
			case MEMBER -> new String[] { "мүшесі", "член", "Member" };
			case HEAD_OF_DEPARTMENT -> new String[] { "басшысы", "руководитель", "Head" };
			case DEPUTY_HEAD -> new String[] { "басшысының орынбасары", "заместитель руководителя", "Deputy head" };
			case SPECIALIST -> new String[] { "маманы", "специалист", "Specialist" };
			case LEADER, FACTION_LEADER -> new String[] { "жетекшісі", "руководитель", "Leader" };
			case MASLIKHAT_DEPUTY -> new String[] { "депутаты", "депутат", "Deputy" };
			case DIRECTOR -> new String[] { "директоры", "директор", "Director" };
			case TEACHER -> new String[] { "мұғалімі", "учитель", "Teacher" };
			case AKIM, DEPUTY_AKIM, MAZHILIS_DEPUTY, SENATE_DEPUTY, OTHER -> throw new IllegalArgumentException(
					post + " is not titled by the unit's genitive");
		};
	}
}
