package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.OfficialDates;
import kz.kenes.meeting.AudienceKind;
import kz.kenes.meeting.EventKind;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.Post;
import kz.kenes.publication.MeetingRecord.AgendaItem;
import kz.kenes.publication.MeetingRecord.Attendee;
import kz.kenes.publication.MeetingRecord.AudienceGroup;
import kz.kenes.publication.MeetingRecord.Figure;
import kz.kenes.publication.MeetingRecord.Period;
import kz.kenes.publication.MeetingRecord.Program;
import kz.kenes.publication.MeetingRecord.Report;
import kz.kenes.publication.MeetingRecord.Unit;

/**
 * News drafted from generated events: every kind × every host kind × every format, each twice with a random mix of
 * agenda items (roadmap with and without figures, with an unknown program, other items; periods of every shape),
 * chairs, speakers, named attendees, audience groups, questions, proposals and decisions, names drawn from a
 * national instance's bodies and people. Both languages must read as an official would write them.
 */
class MeetingNewsPropertyTest {

	private static final long SEED = 20261208L;

	private final MeetingNewsWriter writer = new MeetingNewsWriter();

	private static LocalizedText t(String kk, String ru) {
		return new LocalizedText(kk, ru, null);
	}

	private static final LocalizedText PARTY = t("«AMANAT» партиясы", "Партия «AMANAT»");

	/** Places in the Kazakh adjective form of a branch's name and the Russian one. */
	private static final String[][] PLACES = { { "Түркістан облыстық", "Туркестанский областной" },
			{ "Ақмола облыстық", "Акмолинский областной" }, { "Алматы қалалық", "Алматинский городской" },
			{ "Қарағанды облыстық", "Карагандинский областной" }, { "Шымкент қалалық", "Шымкентский городской" },
			{ "Павлодар облыстық", "Павлодарский областной" }, { "Кентау қалалық", "Кентауский городской" },
			{ "Сарыағаш аудандық", "Сарыагашский районный" }, { "Жаңаөзен қалалық", "Жанаозенский городской" } };

	/** Names of units by kind; AKIMAT, DEPARTMENT and NGO also carry bodies of kinds still to come (maslikhat, …). */
	private static LocalizedText unitName(OrgUnitKind kind, Random random) {
		String[] place = PLACES[random.nextInt(PLACES.length)];
		return switch (kind) {
			case PARTY -> PARTY;
			case REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH -> t("«AMANAT» партиясының " + place[0] + " филиалы",
					place[1] + " филиал партии «AMANAT»");
			case COUNCIL -> pick(random,
					t("Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі",
							"Региональный совет «Miras» по развитию гражданского общества и культуры"),
					t("«Jastar» жастар кеңесі", "Молодёжный совет «Jastar»"),
					t("Ардагерлер кеңесі", "Совет ветеранов"),
					t("«Adal» қоғамдық кеңесі", "Общественный совет «Adal»"));
			case CONTROL_COMMISSION -> t("Партиялық бақылау комиссиясы", "Комиссия партийного контроля");
			case AKIMAT -> pick(random, t("Шымкент қаласының әкімдігі", "Акимат города Шымкент"),
					t("Түркістан облысының әкімдігі", "Акимат Туркестанской области"),
					t("Шымкент қалалық мәслихаты", "Шымкентский городской маслихат"),
					t("Мәслихат", "Маслихат"),
					t("Қазығұрт ауылдық округі әкімінің аппараты", "Аппарат акима Казыгуртского сельского округа"),
					t("Шымкент қалалық мәслихатындағы «AMANAT» партиясы фракциясы",
							"Фракция партии «AMANAT» в Шымкентском городском маслихате"));
			case DEPARTMENT -> pick(random,
					t("Ішкі саясат және жастар істері жөніндегі басқарма", "Управление внутренней политики и по делам молодежи"),
					t("Мәдениет, тілдерді дамыту және архивтер басқармасы", "Управление культуры, развития языков и архивов"),
					t("Білім басқармасы", "Управление образования"),
					t("Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
							"Министерство культуры и информации Республики Казахстан"),
					t("Мемлекеттік қызмет істері агенттігі", "Агентство по делам государственной службы"),
					t("«Шымкент қаласының білім басқармасы» мемлекеттік мекемесі",
							"Государственное учреждение «Управление образования города Шымкент»"));
			case NGO -> pick(random, t("«Бәйтерек» жастар ұйымы", "Молодёжная организация «Байтерек»"),
					t("«Ақниет» қоғамдық бірлестігі", "Общественное объединение «Акниет»"),
					t("Шымкент жоғары медициналық колледжі", "Шымкентский высший медицинский колледж"));
			default -> t("«Береке» серіктестігі", "Товарищество «Береке»");
		};
	}

	private static final String[] MEN = { "Ерлан", "Нұрлан", "Бауыржан", "Асқар", "Дәурен", "Ержан", "Қайрат", "Мұрат",
			"Самат", "Талғат", "Әділет", "Ғалым" };
	private static final String[] WOMEN = { "Айгерім", "Гүлнар", "Дана", "Әсел", "Жанар", "Меруерт", "Сәуле", "Динара" };
	private static final String[] SURNAMES = { "Қасымов", "Тұрсынбеков", "Әбенов", "Жұмақұлов", "Орынтаев", "Сейітов",
			"Нұрпейісов", "Байжанов", "Омаров", "Ахметов", "Серікбаев", "Құдайбергенов", "Ғабдуллин", "Әлімжанов" };

	private static final LocalizedText[] TITLES = {
			t("облыс әкімінің орынбасары", "заместитель акима области"),
			t("«AMANAT» партиясы Төрағасының бірінші орынбасары", "первый заместитель Председателя партии «AMANAT»"),
			t("Мәжіліс депутаты", "депутат Мажилиса"), t("мәслихат хатшысы", "секретарь маслихата"),
			t("фракция жетекшісі", "руководитель фракции"), t("мәслихат депутаты", "депутат маслихата"),
			t("филиал төрағасы", "председатель филиала") };

	private static LocalizedText person(Random random) {
		boolean woman = random.nextInt(3) == 0;
		String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
		String kk = first + " " + SURNAMES[random.nextInt(SURNAMES.length)] + (woman ? "а" : "");
		StringBuilder ru = new StringBuilder();
		for (char c : kk.toCharArray()) {
			int i = "әғқңөұүһі".indexOf(c);
			ru.append(i < 0 ? c : "агкноуухи".charAt(i));
		}
		return t(kk, ru.toString());
	}

	/** Someone with the post of the day: half with a full title, half with a post in a unit. */
	private static Attendee someone(Random random, List<Unit> units) {
		LocalizedText name = person(random);
		if (random.nextBoolean()) {
			return new Attendee(name, Post.LEADER, null, TITLES[random.nextInt(TITLES.length)]);
		}
		Post post = Post.values()[random.nextInt(Post.values().length)];
		return new Attendee(name, post, units.get(random.nextInt(units.size())));
	}

	private static final Program[] PROGRAMS = {
			new Program(t("«AMANAT» партиясының 2023-2027 жылдарға арналған «Халықпен бірге!» сайлауалды бағдарламасы",
					"Предвыборная программа партии «AMANAT» «Халықпен бірге!» на 2023-2027 годы"), 2023, 2027),
			new Program(t("«Халықпен бірге!» сайлауалды бағдарламасы", "Предвыборная программа «Халықпен бірге!»"),
					2023, 2027),
			new Program(t("«Nur Otan» партиясының «Өзгерістер жолы» сайлауалды бағдарламасы",
					"Предвыборная программа партии «Nur Otan» «Путь перемен»"), 2021, 2025),
			// a roadmap item whose program the record does not know (the old «партияның 0-0 … н» failure)
			new Program(t("", ""), 0, 0), new Program(null, 0, 0) };

	private static final LocalizedText[] DIRECTIONS = { t("Мәдениет", "Культура"), t("Жастар", "Молодёжь"),
			t("Дін", "Религия"), t("Білім", "Образование"), t("Денсаулық сақтау", "Здравоохранение"),
			t("Спорт", "Спорт") };

	private static final LocalizedText[] TOPICS = {
			t("Шымкент қаласында жастар саясатын іске асыру туралы", "О реализации молодёжной политики в городе Шымкент"),
			t("Ауылдық клубтарды жаңғырту", "Модернизация сельских клубов"),
			t("«Таза Қазақстан» экологиялық акциясының қорытындысы", "Итоги экологической акции «Таза Қазақстан»"),
			t("Тұрғындардың өтініштерін қарау.", "Рассмотрение обращений жителей.") };

	private static final LocalizedText[] SAID = { null, t("", ""),
			t("«Биыл 12 мектеп салынды. Келесі жылы тағы 5 нысан салу жоспарлануда.»",
					"«В этом году построено 12 школ. В следующем году планируется построить ещё 5 объектов.»"),
			t("Жұмыс жалғасуда.", "Работа продолжается.") };

	private static final LocalizedText[] QUESTIONS = {
			t("Ауылдағы жаңа мектеп қашан салынады?", "Когда будет построена новая школа в селе?"),
			t("Көше жарығын жөндеу қажет", "Необходимо отремонтировать уличное освещение"),
			t("Жастарға арналған спорт алаңын салу", "Построить спортивную площадку для молодёжи") };

	private static Period period(Random random) {
		int year = 2023 + random.nextInt(3);
		return switch (random.nextInt(7)) {
			case 0 -> Period.month(year, 1 + random.nextInt(12));
			case 1 -> Period.quarter(year, 1 + random.nextInt(4));
			case 2 -> Period.months(year, 2 + random.nextInt(10));
			case 3 -> Period.year(year);
			case 4 -> Period.years(year, year + 1 + random.nextInt(2));
			case 5 -> new Period(java.time.YearMonth.of(year, 3), java.time.YearMonth.of(year, 5));
			default -> new Period(java.time.YearMonth.of(year, 10), java.time.YearMonth.of(year + 1, 3));
		};
	}

	private static Figure figure(Random random) {
		BigDecimal planned = BigDecimal.valueOf(1 + random.nextInt(60));
		BigDecimal actual = switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> planned;
			default -> planned.subtract(BigDecimal.ONE);
		};
		return new Figure(TOPICS[random.nextInt(TOPICS.length)], random.nextBoolean() ? "EVENTS" : "FACILITIES",
				2023 + random.nextInt(3), planned, actual);
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

	private static <T> List<T> some(Random random, int max, java.util.function.Supplier<T> make) {
		List<T> list = new ArrayList<>();
		int n = random.nextInt(max + 1);
		for (int i = 0; i < n; i++) {
			list.add(make.get());
		}
		return list;
	}

	static MeetingRecord event(EventKind kind, OrgUnitKind hostKind, MeetingFormat format, Random random) {
		long[] ids = { 100 };
		Unit host = new Unit(ids[0]++, hostKind, unitName(hostKind, random));
		OrgUnitKind branchKind = pick(random, OrgUnitKind.REGIONAL_BRANCH, OrgUnitKind.CITY_BRANCH,
				OrgUnitKind.DISTRICT_BRANCH, OrgUnitKind.PARTY);
		Unit branch = random.nextInt(4) == 0 ? null : new Unit(ids[0]++, branchKind, unitName(branchKind, random));
		Unit department = new Unit(ids[0]++, OrgUnitKind.DEPARTMENT, unitName(OrgUnitKind.DEPARTMENT, random));
		List<Unit> units = new ArrayList<>(Arrays.asList(host, department));
		if (branch != null) {
			units.add(branch);
		}
		List<Attendee> chairs = new ArrayList<>();
		int chairCount = 1 + random.nextInt(3);
		for (int i = 0; i < chairCount; i++) {
			chairs.add(someone(random, units));
		}
		List<AgendaItem> agenda = new ArrayList<>();
		int items = 1 + random.nextInt(3);
		for (int i = 0; i < items; i++) {
			Period period = random.nextInt(5) == 0 ? null : period(random);
			if (random.nextBoolean()) {
				agenda.add(new AgendaItem(random.nextBoolean() ? null : TOPICS[random.nextInt(TOPICS.length)],
						PROGRAMS[random.nextInt(PROGRAMS.length)],
						some(random, 3, () -> DIRECTIONS[random.nextInt(DIRECTIONS.length)]).stream().distinct().toList(),
						period));
			}
			else {
				agenda.add(new AgendaItem(TOPICS[random.nextInt(TOPICS.length)], null, List.of(), period));
			}
		}
		List<Report> reports = some(random, 3, () -> new Report(someone(random, units),
				random.nextInt(3) == 0 ? t("қаладағы мәдени саланың дамуы", "развитие культурной сферы города") : null,
				some(random, 2, () -> figure(random)), SAID[random.nextInt(SAID.length)]));
		List<AudienceGroup> audience = some(random, 3, () -> new AudienceGroup(
				AudienceKind.values()[random.nextInt(AudienceKind.values().length)], 1 + random.nextInt(500)));
		String place = format == MeetingFormat.ONLINE || random.nextInt(4) == 0 ? null
				: pick(random, "Шымкент қаласы, Тәуке хан даңғылы, 5", "филиалдың мәжіліс залы", "Ақниет колледжі.");
		String platform = format == MeetingFormat.IN_PERSON || random.nextInt(4) == 0 ? null : pick(random, "Zoom",
				"Microsoft Teams", "Webex");
		LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1400));
		return new MeetingRecord((long) random.nextInt(1000), date, kind, format, platform, place,
				random.nextInt(10) == 0 ? null : PARTY, host, branch, chairs,
				some(random, 2, () -> someone(random, units)), random.nextBoolean(), random.nextBoolean(), audience,
				agenda, reports, some(random, 2, () -> QUESTIONS[random.nextInt(QUESTIONS.length)]),
				some(random, 2, () -> QUESTIONS[random.nextInt(QUESTIONS.length)]),
				some(random, 2, () -> random.nextBoolean() ? t(null, null)
						: t("Ұсыныстарды пысықтау", "Проработать предложения")));
	}

	@Test
	void everyKindOfEventAtEveryHostReadsAsAnOfficialWouldWriteIt() {
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int combinations = 0;
		for (EventKind kind : EventKind.values()) {
			for (OrgUnitKind hostKind : OrgUnitKind.values()) {
				for (MeetingFormat format : MeetingFormat.values()) {
					for (int variant = 0; variant < 2; variant++) {
						MeetingRecord event = event(kind, hostKind, format, random);
						NewsDraft draft = writer.write(event);
						check(event, draft, failures);
						combinations++;
					}
				}
			}
		}
		assertThat(combinations).isGreaterThanOrEqualTo(500);
		assertThat(failures).as("first failures of %d", failures.size()).isEmpty();
	}

	private static final Pattern KK_SINGLE_LETTER = Pattern.compile("(?<![\\p{L}\\d\\-])\\p{L}(?![\\p{L}\\d\\-])");
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private void check(MeetingRecord event, NewsDraft draft, List<String> failures) {
		String kk = draft.title().kk() + "\n" + draft.lead().kk() + "\n" + draft.body().kk();
		String ru = draft.title().ru() + "\n" + draft.lead().ru() + "\n" + draft.body().ru();
		List<String> problems = new ArrayList<>();
		commonChecks(kk, "", problems);
		commonChecks(ru, "иваоуксяИВАОУКСЯ", problems);
		if (!draft.lead().kk().startsWith(OfficialDates.kazakh(event.date()))) {
			problems.add("kk lead without the official date");
		}
		if (!draft.lead().ru().startsWith(OfficialDates.russian(event.date()))) {
			problems.add("ru lead without the official date");
		}
		if (!draft.body().kk().startsWith(OfficialDates.kazakhInText(event.date()))
				|| !draft.body().ru().startsWith(OfficialDates.russianInText(event.date()))) {
			problems.add("body without the date");
		}
		for (Attendee chair : event.chairs()) {
			if (!kk.contains(chair.name().kk()) || !ru.contains(chair.name().ru())) {
				problems.add("chair not mentioned: " + chair.name().kk());
			}
		}
		for (Report report : event.reports()) {
			if (!kk.contains(report.speaker().name().kk()) || !ru.contains(report.speaker().name().ru())) {
				problems.add("speaker not mentioned: " + report.speaker().name().kk());
			}
		}
		for (AgendaItem item : event.agenda()) {
			if (!item.roadmap()) {
				String kkTitle = item.title().kk().replaceAll("\\.$", "");
				String ruTitle = item.title().ru().replaceAll("\\.$", "");
				// a title quoting a name is written with inner quotes „…“
				String kkPlain = kk.replace('„', '«').replace('“', '»');
				String ruPlain = ru.replace('„', '«').replace('“', '»');
				if (!kkPlain.contains(kkTitle) || !ruPlain.contains(ruTitle)) {
					problems.add("agenda item not mentioned: " + kkTitle);
				}
			}
			else {
				if (!kk.contains("Жол картасының") || !ru.contains("Дорожной карты")) {
					problems.add("roadmap item not mentioned");
				}
				for (LocalizedText direction : item.directions()) {
					if (!kk.contains(direction.kk().toLowerCase(java.util.Locale.ROOT))
							|| !ru.toLowerCase(java.util.Locale.ROOT).contains(direction.ru().substring(0, 4).toLowerCase(java.util.Locale.ROOT))) {
						problems.add("direction not mentioned: " + direction.kk());
					}
				}
			}
			if (item.period() != null && (!kk.contains(MeetingNewsWriter.periodKk(item.period()))
					|| !ru.contains(MeetingNewsWriter.periodRu(item.period())))) {
				problems.add("period not mentioned: " + item.period());
			}
		}
		if (!event.questions().isEmpty() && (!kk.contains(event.questions().get(0).kk().replaceAll("[.?]$", ""))
				|| !ru.contains(event.questions().get(0).ru().replaceAll("[.?]$", "")))) {
			problems.add("question not mentioned");
		}
		for (AudienceGroup group : event.audience()) {
			if (!kk.contains(String.valueOf(group.count()))) {
				problems.add("audience group not mentioned: " + group);
			}
		}
		if (!problems.isEmpty() && failures.size() < 5) {
			failures.add(event.kind() + " at " + event.host().kind() + " " + event.format() + ": " + problems
					+ "\n--- kk\n" + kk + "\n--- ru\n" + ru);
		}
		else if (!problems.isEmpty()) {
			failures.add(problems.toString());
		}
	}

	private static void commonChecks(String text, String allowedSingleLetters, List<String> problems) {
		for (String fragment : List.of("null", "{", "}", "0-0", "  ", "«»", " .", " ,", ",,", "..", "?.", ":.", "«.")) {
			if (text.contains(fragment)) {
				problems.add("contains «" + fragment + "»");
			}
		}
		Matcher single = KK_SINGLE_LETTER.matcher(text);
		while (single.find()) {
			if (allowedSingleLetters.indexOf(single.group().charAt(0)) < 0) {
				problems.add("stray single letter «" + single.group() + "» at "
						+ text.substring(Math.max(0, single.start() - 20), Math.min(text.length(), single.end() + 20)));
			}
		}
		List<String> words = Arrays.stream(text.split("\\s+")).map(w -> w.replaceAll("[«»\"(),.:;!?]", ""))
			.map(w -> w.toLowerCase(java.util.Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
		for (int i = 0; i + 1 < words.size(); i++) {
			String w = words.get(i);
			if (!w.matches("[\\d\\-–—]+") && w.equals(words.get(i + 1))) {
				problems.add("twice in a row: " + w);
			}
		}
		// a quoted name twice within a few words: «AMANAT» партиясы жанындағы «AMANAT» партиясының
		Matcher names = Pattern.compile("«([^«»]+)»").matcher(text);
		int lastEnd = -100;
		String last = null;
		while (names.find()) {
			String between = last == null ? "" : text.substring(lastEnd, names.start());
			if (names.group(1).equals(last) && between.strip().split("\\s+").length <= 2 && !between.contains("\n")) {
				problems.add("name twice in a row: «" + last + "»");
			}
			last = names.group(1);
			lastEnd = names.end();
		}
		for (String paragraph : text.split("\n")) {
			for (String sentence : SENTENCE_END.split(paragraph.strip())) {
				if (sentence.isEmpty()) {
					problems.add("empty paragraph");
					continue;
				}
				int i = 0;
				while (i < sentence.length() && "«\"(".indexOf(sentence.charAt(i)) >= 0) {
					i++;
				}
				char first = sentence.charAt(Math.min(i, sentence.length() - 1));
				if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
					problems.add("sentence in lower case: " + sentence);
				}
			}
		}
	}
}
