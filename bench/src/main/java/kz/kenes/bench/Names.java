package kz.kenes.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Kazakh and Russian names that look like a real national instance: regions, towns, departments, measures. */
final class Names {

	record Pair(String kk, String ru) {
	}

	/** The 17 regions and 3 cities of republican significance. */
	static final List<Pair> REGIONS = List.of(new Pair("Абай облысы", "область Абай"),
			new Pair("Ақмола облысы", "Акмолинская область"), new Pair("Ақтөбе облысы", "Актюбинская область"),
			new Pair("Алматы облысы", "Алматинская область"), new Pair("Атырау облысы", "Атырауская область"),
			new Pair("Батыс Қазақстан облысы", "Западно-Казахстанская область"),
			new Pair("Жамбыл облысы", "Жамбылская область"), new Pair("Жетісу облысы", "область Жетісу"),
			new Pair("Қарағанды облысы", "Карагандинская область"),
			new Pair("Қостанай облысы", "Костанайская область"), new Pair("Қызылорда облысы", "Кызылординская область"),
			new Pair("Маңғыстау облысы", "Мангистауская область"), new Pair("Павлодар облысы", "Павлодарская область"),
			new Pair("Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
			new Pair("Түркістан облысы", "Туркестанская область"), new Pair("Ұлытау облысы", "область Ұлытау"),
			new Pair("Шығыс Қазақстан облысы", "Восточно-Казахстанская область"), new Pair("Астана қаласы", "город Астана"),
			new Pair("Алматы қаласы", "город Алматы"), new Pair("Шымкент қаласы", "город Шымкент"));

	static final List<Pair> TOWNS = List.of(new Pair("Семей", "Семей"), new Pair("Аягөз", "Аягоз"),
			new Pair("Көкшетау", "Кокшетау"), new Pair("Степногорск", "Степногорск"), new Pair("Ақтөбе", "Актобе"),
			new Pair("Хромтау", "Хромтау"), new Pair("Қонаев", "Конаев"), new Pair("Қаскелең", "Каскелен"),
			new Pair("Атырау", "Атырау"), new Pair("Құлсары", "Кульсары"), new Pair("Орал", "Уральск"),
			new Pair("Ақсай", "Аксай"), new Pair("Тараз", "Тараз"), new Pair("Қаратау", "Каратау"),
			new Pair("Талдықорған", "Талдыкорган"), new Pair("Жаркент", "Жаркент"), new Pair("Теміртау", "Темиртау"),
			new Pair("Балқаш", "Балхаш"), new Pair("Қостанай", "Костанай"), new Pair("Рудный", "Рудный"),
			new Pair("Қызылорда", "Кызылорда"), new Pair("Арал", "Аральск"), new Pair("Ақтау", "Актау"),
			new Pair("Жаңаөзен", "Жанаозен"), new Pair("Павлодар", "Павлодар"), new Pair("Екібастұз", "Экибастуз"),
			new Pair("Петропавл", "Петропавловск"), new Pair("Тайынша", "Тайынша"), new Pair("Түркістан", "Туркестан"),
			new Pair("Кентау", "Кентау"), new Pair("Жезқазған", "Жезказган"), new Pair("Сәтбаев", "Сатпаев"),
			new Pair("Өскемен", "Усть-Каменогорск"), new Pair("Риддер", "Риддер"), new Pair("Есіл", "Есиль"),
			new Pair("Сарыарқа", "Сарыарка"), new Pair("Медеу", "Медеу"), new Pair("Бостандық", "Бостандык"),
			new Pair("Әл-Фараби", "Аль-Фараби"), new Pair("Қаратау", "Каратау"));

	static final List<Pair> DEPARTMENTS = List.of(
			new Pair("Ішкі саясат және жастар істері жөніндегі басқарма", "Управление внутренней политики и по делам молодежи"),
			new Pair("Мәдениет, тілдерді дамыту және архивтер басқармасы", "Управление культуры, развития языков и архивов"),
			new Pair("Дін істері жөніндегі басқарма", "Управление по делам религий"),
			new Pair("Білім басқармасы", "Управление образования"),
			new Pair("Денсаулық сақтау басқармасы", "Управление здравоохранения"),
			new Pair("Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
					"Управление координации занятости и социальных программ"),
			new Pair("Дене шынықтыру және спорт басқармасы", "Управление физической культуры и спорта"),
			new Pair("Құрылыс басқармасы", "Управление строительства"),
			new Pair("Кәсіпкерлік және индустриялық-инновациялық даму басқармасы",
					"Управление предпринимательства и индустриально-инновационного развития"),
			new Pair("Табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
					"Управление природных ресурсов и регулирования природопользования"),
			new Pair("Ауыл шаруашылығы басқармасы", "Управление сельского хозяйства"),
			new Pair("Энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы",
					"Управление энергетики и жилищно-коммунального хозяйства"));

	private static final List<Pair> TOPICS = List.of(
			new Pair("отбасындағы зорлық-зомбылықтың алдын алу", "профилактике бытового насилия"),
			new Pair("жастарға психологиялық қолдау көрсету", "психологической поддержке молодежи"),
			new Pair("мемлекеттік тілді дамыту", "развитию государственного языка"),
			new Pair("діни экстремизмнің алдын алу", "профилактике религиозного экстремизма"),
			new Pair("мәдени мұраны сақтау", "сохранению культурного наследия"),
			new Pair("жастардың бос уақытын тиімді ұйымдастыру", "организации досуга молодежи"),
			new Pair("отбасы құндылықтарын насихаттау", "пропаганде семейных ценностей"),
			new Pair("жастар кәсіпкерлігін қолдау", "поддержке молодежного предпринимательства"),
			new Pair("еріктілер қозғалысын дамыту", "развитию волонтерского движения"),
			new Pair("кітап оқуды насихаттау", "популяризации чтения"),
			new Pair("ауылдық клубтарды жаңғырту", "модернизации сельских клубов"),
			new Pair("бұқаралық спортты дамыту", "развитию массового спорта"),
			new Pair("жастарды жұмысқа орналастыру", "трудоустройству молодежи"),
			new Pair("лудомания мен нашақорлықтың алдын алу", "профилактике лудомании и наркомании"));

	private static final List<Pair> ACTIONS = List.of(
			new Pair("бойынша іс-шаралар өткізу", "Проведение мероприятий по"),
			new Pair("бойынша ақпараттық-түсіндіру жұмыстарын жүргізу", "Проведение информационно-разъяснительной работы по"),
			new Pair("бойынша семинар-тренингтер ұйымдастыру", "Организация семинаров-тренингов по"),
			new Pair("бойынша мониторинг жүргізу", "Проведение мониторинга по"),
			new Pair("бойынша байқаулар өткізу", "Проведение конкурсов по"),
			new Pair("бойынша жобаларды іске асыру", "Реализация проектов по"));

		private static final String[] MEN = { "Ерлан", "Нұрлан", "Бауыржан", "Асқар", "Дәурен", "Ержан", "Қайрат", "Мұрат",
			"Самат", "Талғат", "Әділет", "Ғалым", "Серік", "Жандос", "Арман", "Бекзат", "Дархан", "Еркебұлан" };
	private static final String[] WOMEN = { "Айгерім", "Гүлнар", "Дана", "Әсел", "Жанар", "Меруерт", "Сәуле", "Динара",
			"Ботагөз", "Назерке", "Ұлжан", "Гүлмира", "Айнұр", "Жұлдыз", "Мөлдір", "Ақерке" };
	private static final String[] SURNAMES = { "Қасымов", "Тұрсынбеков", "Әбенов", "Жұмақұлов", "Орынтаев",
			"Сейітов", "Нұрпейісов", "Байжанов", "Омаров", "Ахметов", "Серікбаев", "Құдайбергенов", "Тілеуов",
			"Мұхамеджанов", "Есенов", "Бекмұханов", "Сәрсенбаев", "Ермеков", "Ғабдуллин", "Әлімжанов", "Шәкенов",
			"Төлеуов", "Исабеков", "Жақыпов" };

	/** A person's name in Kazakh, Russian and Latin letters; every third is a woman. */
	static Triple person(SplittableRandom random) {
		boolean woman = random.nextInt(3) == 0;
		String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
		String surname = SURNAMES[random.nextInt(SURNAMES.length)] + (woman ? "а" : "");
		String kk = first + " " + surname;
		String ru = russian(kk);
		String en = Character.toUpperCase(latin(first).charAt(0)) + latin(first).substring(1) + " "
				+ Character.toUpperCase(latin(surname).charAt(0)) + latin(surname).substring(1);
		return new Triple(kk, ru, en);
	}

	record Triple(String kk, String ru, String en) {
	}

	/** Kazakh letters as Russian spelling writes them in names (Қасымов → Касымов). */
	static String russian(String kazakh) {
		StringBuilder out = new StringBuilder(kazakh.length());
		for (char c : kazakh.toCharArray()) {
			int i = "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c);
			out.append(i < 0 ? c : "агкноуухиАГКНОУУХИ".charAt(i));
		}
		return out.toString();
	}

	private static final String CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
	private static final String[] LATIN = { "a", "a", "b", "v", "g", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "q",
			"l", "m", "n", "n", "o", "o", "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "sh", "shch", "",
			"y", "i", "", "e", "yu", "ya" };

	/** Lower-case Latin letters, as the app's slugs transliterate (ә→a, қ→q, ң→n, і→i). */
	static String latin(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
			int i = CYRILLIC.indexOf(c);
			out.append(i < 0 ? String.valueOf(c) : LATIN[i]);
		}
		return out.toString();
	}

	/** A URL slug of a title, cut at a word, ending with a number that makes it unique. */
	static String slug(String title, long unique) {
		String slug = latin(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 70) {
			int cut = slug.lastIndexOf('-', 70);
			slug = slug.substring(0, cut > 35 ? cut : 70);
		}
		return slug + "-" + unique;
	}

	/** A roadmap topic: kk in the nominative-genitive form used before "бойынша", ru in the dative after "по". */
	static Pair topic(SplittableRandom random) {
		return TOPICS.get(random.nextInt(TOPICS.size()));
	}

	private Names() {
	}

	/** A measure name: "<topic> бойынша <action>" / "<Action> <topic>". */
	static Pair measure(SplittableRandom random) {
		Pair topic = TOPICS.get(random.nextInt(TOPICS.size()));
		Pair action = ACTIONS.get(random.nextInt(ACTIONS.size()));
		String kk = Character.toUpperCase(topic.kk().charAt(0)) + topic.kk().substring(1) + " " + action.kk();
		return new Pair(kk, action.ru() + " " + topic.ru());
	}
}
