package kz.kenes.publication;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhGrammar;
import kz.kenes.i18n.KazakhNumerals;
import kz.kenes.i18n.KazakhNumerals.Case;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.OfficialDates;
import kz.kenes.i18n.Plurals;
import kz.kenes.i18n.RussianGrammar;
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
import kz.kenes.publication.MeetingRecord.Report;
import kz.kenes.publication.MeetingRecord.Unit;

/**
 * Writes the news item about a held event in Kazakh and Russian, in the shape of the branch's own news (the seed):
 * headline, a lead with the official date, the opening sentence naming the event's kind and host (and the branch a
 * council is attached to), place and format, who chaired and who attended (named people with posts, unnamed groups
 * with counts), every agenda item with its program and period, each report heard as a quotation with its figures,
 * the questions and proposals raised, the decisions. Every sentence comes from a template of its language with the
 * case endings and number agreement that language needs; nothing is machine-translated. The secretary edits the
 * draft before publishing. English gets no draft: the English text falls back to Kazakh until someone writes it.
 */
@Component
public class MeetingNewsWriter {

	private static final Map<Post, String> KK_POST = Map.of(Post.EXECUTIVE_SECRETARY, "Атқарушы хатшысы",
			Post.CHAIR, "төрағасы", Post.DEPUTY_CHAIR, "төрағасының орынбасары", Post.SECRETARY, "хатшысы",
			Post.MEMBER, "мүшесі", Post.HEAD_OF_DEPARTMENT, "басшысы", Post.DEPUTY_HEAD, "басшысының орынбасары",
			Post.SPECIALIST, "маманы", Post.LEADER, "жетекшісі");

	private static final Map<Post, String> RU_POST = Map.of(Post.EXECUTIVE_SECRETARY, "исполнительный секретарь",
			Post.CHAIR, "председатель", Post.DEPUTY_CHAIR, "заместитель председателя", Post.SECRETARY, "секретарь",
			Post.MEMBER, "член", Post.HEAD_OF_DEPARTMENT, "руководитель", Post.DEPUTY_HEAD,
			"заместитель руководителя", Post.SPECIALIST, "специалист", Post.LEADER, "руководитель");

	/** Whether this writer words the post itself with its unit; other posts come with their official title. */
	static boolean writesPost(Post post) {
		return KK_POST.containsKey(post);
	}

	/** A post added later than this writer: "өкілі" / "представитель" (a representative of the unit). */
	private static final String KK_ANY_POST = "өкілі";
	private static final String RU_ANY_POST = "представитель";

	/** Nouns counted by an indicator unit: Kazakh keeps one form, Russian an ICU plural pattern. */
	private static final Map<String, String[]> UNIT_NOUNS = Map.of(
			"EVENTS", new String[] { "іс-шара", "{0, plural, one{# мероприятие} few{# мероприятия} many{# мероприятий} other{# мероприятия}}" },
			"FACILITIES", new String[] { "нысан", "{0, plural, one{# объект} few{# объекта} many{# объектов} other{# объекта}}" },
			"PARTICIPANTS", new String[] { "қатысушы", "{0, plural, one{# участник} few{# участника} many{# участников} other{# участника}}" },
			"PEOPLE", new String[] { "адам", "{0, plural, one{# человек} few{# человека} many{# человек} other{# человека}}" },
			"DOCUMENTS", new String[] { "құжат", "{0, plural, one{# документ} few{# документа} many{# документов} other{# документа}}" },
			"UNITS", new String[] { "бірлік", "{0, plural, one{# единица} few{# единицы} many{# единиц} other{# единицы}}" },
			"TENGE", new String[] { "теңге", "{0, plural, other{# тенге}}" },
			"PERCENT", new String[] { "пайыз", "{0, plural, other{# %}}" });

	/**
	 * How each kind of event is named. Kazakh: the noun with the possessive after the host's genitive (кеңесінің
	 * отырысы), the locative that opens the agenda sentence (Отырыста), the noun before «қорытындысы бойынша».
	 * Russian: the noun, its verb «состоялось/-ась/-ся», genitive, «на …» and «в …» forms, and what follows the host
	 * (встреча филиала «с жителями»).
	 */
	record KindWords(String kkNoun, String kkAt, String kkHead, String ruNoun, String ruHeld, String ruGenitive,
			String ruAt, String ruIn, String ruTail) {
	}

	private static final KindWords MEETING = new KindWords("отырысы", "Отырыста", "Отырыс", "заседание",
			"состоялось", "заседания", "На заседании", "В заседании", "");

	private static final Map<EventKind, KindWords> KINDS = new EnumMap<>(Map.of(
			EventKind.COUNCIL_MEETING, MEETING,
			EventKind.BRANCH_MEETING, MEETING,
			EventKind.FACTION_MEETING, MEETING,
			EventKind.PRESS_CONFERENCE, new KindWords("баспасөз конференциясы", "Баспасөз конференциясында", "Жиын",
					"пресс-конференция", "состоялась", "пресс-конференции", "На пресс-конференции",
					"В пресс-конференции", ""),
			EventKind.RESIDENTS_MEETING, new KindWords("тұрғындармен кездесуі", "Кездесуде", "Кездесу", "встреча",
					"состоялась", "встречи", "На встрече", "Во встрече", " с жителями"),
			EventKind.LABOUR_COLLECTIVE_MEETING, new KindWords("еңбек ұжымымен кездесуі", "Кездесуде", "Кездесу",
					"встреча", "состоялась", "встречи", "На встрече", "Во встрече", " с трудовым коллективом"),
			EventKind.PUBLIC_RECEPTION, new KindWords("қоғамдық қабылдауы", "Қабылдауда", "Қабылдау",
					"общественный приём", "состоялся", "общественного приёма", "На приёме", "В приёме", ""),
			EventKind.ROUND_TABLE, new KindWords("дөңгелек үстелі", "Дөңгелек үстелде", "Дөңгелек үстел",
					"круглый стол", "состоялся", "круглого стола", "На круглом столе", "В работе круглого стола", ""),
			EventKind.FIELD_VISIT, new KindWords("көшпелі сапары", "Сапар барысында", "Сапар", "выездное посещение",
					"состоялось", "выездного посещения", "В ходе посещения", "В посещении", ""),
			EventKind.FORUM, new KindWords("форумы", "Форумда", "Форум", "форум", "состоялся", "форума", "На форуме",
					"В работе форума", "")));

	/** An unnamed group with its count: Kazakh keeps the noun singular after a number, Russian agrees by plural. */
	private static final Map<AudienceKind, String[]> AUDIENCE = new EnumMap<>(Map.of(
			AudienceKind.RESIDENTS, new String[] { "{0} тұрғын", "{0, plural, one{# житель} few{# жителя} many{# жителей} other{# жителя}}" },
			AudienceKind.TEACHERS_AND_STUDENTS, new String[] { "{0} мұғалім мен студент", "{0, plural, one{# представитель} few{# представителя} many{# представителей} other{# представителя}} преподавателей и студентов" },
			AudienceKind.YOUTH, new String[] { "{0} жас", "{0, plural, one{# молодой человек} few{# молодых человека} many{# молодых людей} other{# молодого человека}}" },
			AudienceKind.JOURNALISTS, new String[] { "{0} журналист", "{0, plural, one{# журналист} few{# журналиста} many{# журналистов} other{# журналиста}}" },
			AudienceKind.DEPUTIES, new String[] { "барлық деңгейдегі {0} депутат", "{0, plural, one{# депутат} few{# депутата} many{# депутатов} other{# депутата}} всех уровней" },
			AudienceKind.PARTY_MEMBERS, new String[] { "{0} партия мүшесі", "{0, plural, one{# член} few{# члена} many{# членов} other{# члена}} партии" },
			AudienceKind.LABOUR_COLLECTIVE, new String[] { "еңбек ұжымының {0} өкілі", "{0, plural, one{# представитель} few{# представителя} many{# представителей} other{# представителя}} трудового коллектива" },
			AudienceKind.PUBLIC_REPRESENTATIVES, new String[] { "қоғамның {0} өкілі", "{0, plural, one{# представитель} few{# представителя} many{# представителей} other{# представителя}} общественности" },
			AudienceKind.OTHER, new String[] { "тағы {0} адам", "ещё {0, plural, one{# человек} few{# человека} many{# человек} other{# человека}}" }));

	/** Units attached to a branch («… филиалы жанындағы» / «при … филиале»). */
	private static final Set<OrgUnitKind> ATTACHED = Set.of(OrgUnitKind.COUNCIL, OrgUnitKind.CONTROL_COMMISSION);

	private static final Set<OrgUnitKind> BRANCHES = Set.of(OrgUnitKind.REGIONAL_BRANCH, OrgUnitKind.CITY_BRANCH,
			OrgUnitKind.DISTRICT_BRANCH);

	/** Russian names that open with a common noun or adjective and take a small letter mid-sentence. */
	private static final Set<String> RU_COMMON_FIRST = Set.of("региональный", "общественный", "совет", "партия",
			"фракция", "депутатская", "комиссия", "бюро", "политический", "молодёжное", "молодежное", "молодёжный",
			"молодежный");

	private static final List<String> RU_MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
			"июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");

	private static final List<String> RU_MONTHS_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая",
			"июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");

	private static final List<String> KK_ORDINALS = List.of("бірінші", "екінші", "үшінші", "төртінші");
	private static final List<String> RU_ORDINALS = List.of("первый", "второй", "третий", "четвёртый");

	public NewsDraft write(MeetingRecord meeting) {
		return new NewsDraft(new LocalizedText(titleKk(meeting), titleRu(meeting), null),
				new LocalizedText(leadKk(meeting), leadRu(meeting), null),
				new LocalizedText(String.join("\n", bodyKk(meeting)), String.join("\n", bodyRu(meeting)), null));
	}

	static KindWords words(EventKind kind) {
		return KINDS.getOrDefault(kind, MEETING);
	}

	// ---------------------------------------------------------------- Kazakh

	String titleKk(MeetingRecord m) {
		String event = " " + words(m.kind()).kkNoun() + " өтті";
		if (!hasText(m.partyName(), Language.KK) || hostIsParty(m) || namesParty(shortHostKk(m), m)) {
			return upperKk(genitiveKk(shortHostKk(m)) + event);
		}
		return upperKk(m.partyName().kk()) + ": " + upperKk(genitiveKk(shortHostKk(m)) + event);
	}

	/** "«AMANAT» партиясы Шымкент қалалық филиалы жанындағы … «Miras» аймақтық кеңесінің отырысы өтті." */
	String eventKk(MeetingRecord m, boolean shortName) {
		String host = shortName ? shortKk(hostNameKk(m)) : hostNameKk(m);
		if (attached(m)) {
			host = branchNameKk(m.branch(), m) + " жанындағы " + host;
		}
		return genitiveKk(host) + " " + words(m.kind()).kkNoun() + " өтті.";
	}

	String openingKk(MeetingRecord m) {
		return OfficialDates.kazakhInText(m.date()) + " " + eventKk(m, false);
	}

	/** Where and how: "Өткізілген орны: …", "Жиын Zoom платформасында онлайн форматта өтті." */
	String formatKk(MeetingRecord m) {
		String place = blank(m.place()) ? "" : "Өткізілген орны: " + withoutFinalStop(m.place().strip()) + ".";
		String platform = blank(m.platform()) ? "" : m.platform().strip() + " платформасы арқылы ";
		return switch (m.format()) {
			case ONLINE -> "Жиын " + (platform.isEmpty() ? "" : m.platform().strip() + " платформасында ")
					+ "онлайн форматта өтті.";
			case MIXED -> sentences("Жиын аралас форматта өтті: қатысушылар бетпе-бет және " + platform
					+ "онлайн қатысты.", place);
			default -> place;
		};
	}

	String chairsKk(MeetingRecord m) {
		List<Attendee> chairs = chairsNotNamed(m);
		if (chairs.isEmpty()) {
			return "";
		}
		List<String> names = chairs.stream().map(a -> positionAndNameKk(a, m)).toList();
		return "Жиынды " + joinKk(names) + (names.size() > 1 ? " бірлесіп" : "") + " жүргізді.";
	}

	String attendanceKk(MeetingRecord m) {
		List<String> all = new ArrayList<>(m.attendees().stream().map(a -> positionAndNameKk(a, m)).toList());
		List<String> groups = new ArrayList<>();
		if (m.departmentHeadsAttended()) {
			groups.add("салалық басқарма басшылары");
		}
		if (m.councilMembersAttended()) {
			groups.add("кеңес мүшелері");
		}
		if (!groups.isEmpty()) {
			all.add(String.join(" мен ", groups));
		}
		for (AudienceGroup group : audience(m)) {
			if (group.count() > 0) {
				all.add(Plurals.format(AUDIENCE.getOrDefault(group.kind(), AUDIENCE.get(AudienceKind.OTHER))[0],
						Language.KK, String.valueOf(group.count())));
			}
		}
		return all.isEmpty() ? "" : "Жиынға " + joinKk(all) + " қатысты.";
	}

	List<String> agendaKk(MeetingRecord m) {
		List<String> sentences = new ArrayList<>();
		for (AgendaItem item : m.agenda()) {
			String start = sentences.isEmpty() ? words(m.kind()).kkAt() : "Сондай-ақ";
			String sentence = item.roadmap() ? roadmapItemKk(m, item) : otherItemKk(item);
			if (sentence != null) {
				sentences.add(start + " " + sentence);
			}
		}
		return sentences;
	}

	/** "… бағдарламасын іске асыру жөніндегі Жол картасының … салалары бойынша 2024 жылдың 10 айындағы орындалуы талқыланды." */
	private String roadmapItemKk(MeetingRecord m, AgendaItem item) {
		String name = text(item.program().name(), Language.KK);
		String program = "";
		if (name != null) {
			boolean yearsInName = name.contains(String.valueOf(item.program().firstYear()));
			String years = !item.program().hasYears() || yearsInName ? ""
					: (name.contains("партия") || !hasText(m.partyName(), Language.KK) ? "" : "партияның ")
							+ item.program().firstYear() + "-" + item.program().lastYear() + " жылдарға арналған ";
			program = years + KazakhGrammar.inflectPossessive(name, Case.ACCUSATIVE) + " іске асыру жөніндегі ";
		}
		List<String> directions = item.directions().stream().map(d -> text(d, Language.KK)).filter(d -> d != null)
			.map(MeetingNewsWriter::lowerFirstKk).toList();
		String fields = directions.isEmpty() ? ""
				: joinKk(directions) + (directions.size() == 1 ? " саласы" : " салалары") + " бойынша ";
		String period = item.period() == null ? "" : periodKk(item.period()) + " ";
		return program + "Жол картасының " + fields + period + "орындалуы талқыланды.";
	}

	/** "«…» мәселесі қаралды." or, with a period, "«…» мәселесі бойынша 2024 жылғы жұмыстың қорытындысы қаралды." */
	private static String otherItemKk(AgendaItem item) {
		String title = quoted(text(item.title(), Language.KK));
		if (title == null) {
			return null;
		}
		return title + " мәселесі "
				+ (item.period() == null ? "" : "бойынша " + periodKk(item.period()) + " жұмыстың қорытындысы ")
				+ "қаралды.";
	}

	/** The seed meeting's first period ("2024 жылдың 10 айындағы"). */
	static String periodKk(MeetingRecord m) {
		return m.agenda().stream().filter(a -> a.period() != null).findFirst().map(a -> periodKk(a.period()))
			.orElse("");
	}

	/**
	 * A review period before «орындалуы»: "2024 жылғы", "2023-2024 жылдардағы", "2024 жылғы қазандағы", "2024
	 * жылдың 10 айындағы", "2024 жылдың екінші тоқсанындағы", "2024 жылғы наурыз-мамыр айларындағы", "2023 жылғы
	 * қазаннан 2024 жылғы наурызға дейінгі кезеңдегі".
	 */
	static String periodKk(Period p) {
		YearMonth from = p.from();
		YearMonth to = p.to();
		if (from.getMonthValue() == 1 && to.getMonthValue() == 12) {
			return from.getYear() == to.getYear() ? from.getYear() + " жылғы"
					: from.getYear() + "-" + to.getYear() + " жылдардағы";
		}
		if (from.getYear() != to.getYear()) {
			String fromMonth = OfficialDates.kazakhMonth(from.getMonthValue());
			String toMonth = OfficialDates.kazakhMonth(to.getMonthValue());
			return from.getYear() + " жылғы " + fromMonth + KazakhNumerals.ending(fromMonth, Case.ABLATIVE) + " "
					+ to.getYear() + " жылғы " + toMonth + KazakhNumerals.ending(toMonth, Case.DATIVE)
					+ " дейінгі кезеңдегі";
		}
		int year = from.getYear();
		if (from.equals(to)) {
			return year + " жылғы " + OfficialDates.attributive(OfficialDates.kazakhMonth(from.getMonthValue()));
		}
		int months = to.getMonthValue() - from.getMonthValue() + 1;
		if (months == 3 && from.getMonthValue() % 3 == 1) {
			return year + " жылдың " + KK_ORDINALS.get(from.getMonthValue() / 3) + " тоқсанындағы";
		}
		if (from.getMonthValue() == 1 && months == 6) {
			return year + " жылдың бірінші жартыжылдығындағы";
		}
		if (from.getMonthValue() == 1) {
			return year + " жылдың " + months + " айындағы";
		}
		return year + " жылғы " + OfficialDates.kazakhMonth(from.getMonthValue()) + "-"
				+ OfficialDates.kazakhMonth(to.getMonthValue()) + " айларындағы";
	}

	String reportIntroKk(MeetingRecord m, Report report, boolean first) {
		String who = upperFirst(positionAndNameKk(report.speaker(), m));
		String topic = text(report.topic(), Language.KK);
		if (topic != null) {
			return who + " " + withoutFinalStop(topic) + " жөнінде мәлімет берді.";
		}
		return who + (first ? " атқарылған жұмыстарды қысқаша баяндап берді." : " атқарылған жұмыстар туралы баяндады.");
	}

	/** The quotation closed by «— деді Айгерім Жұмақұлова.»; empty when the record keeps nothing said. */
	String quoteKk(Report report, int meetingYear) {
		String said = spoken(text(report.summary(), Language.KK));
		List<String> sentences = new ArrayList<>();
		if (said != null) {
			sentences.add(said);
		}
		report.figures().stream().filter(f -> worthQuoting(f, said, meetingYear)).forEach(f -> sentences.add(figureKk(f)));
		String quoted = withoutFinalStop(String.join(" ", sentences));
		return quoted.isBlank() ? "" : "«" + quoted + "», — деді " + report.speaker().name().kk() + ".";
	}

	/** "… бойынша 2023 жылға 20 іс-шара жоспарланып, толығымен орындалды." */
	static String figureKk(Figure f) {
		String noun = UNIT_NOUNS.getOrDefault(f.unit(), UNIT_NOUNS.get("UNITS"))[0];
		String planned = number(f.planned()) + " " + noun;
		String subject = text(f.subject(), Language.KK) == null ? ""
				: withoutFinalStop(text(f.subject(), Language.KK)) + " бойынша ";
		String year = f.year() + " жылға ";
		String sentence;
		if (f.actual() == null || f.actual().signum() == 0) {
			sentence = subject + year + planned + " жоспарлануда.";
		}
		else if (f.actual().compareTo(f.planned()) >= 0) {
			sentence = subject + year + planned + " жоспарланып, толығымен орындалды.";
		}
		else {
			sentence = subject + year + planned + " жоспарланып, оның " + number(f.actual()) + " " + noun
					+ " орындалды.";
		}
		return upperFirst(sentence);
	}

	String questionsKk(MeetingRecord m) {
		String list = listed(m.questions(), Language.KK, false);
		return list.isEmpty() ? "" : "Қатысушылар " + (count(m.questions(), Language.KK) == 1 ? "сұрақ" : "сұрақтар")
				+ " қойды: " + list;
	}

	String proposalsKk(MeetingRecord m) {
		int n = m.proposals().size();
		return "Жиын барысында қатысушылар " + (n == 1 ? "ұсыныс" : n + " ұсыныс")
				+ " айтып, мәселелерді жан-жақты талқылады.";
	}

	String decisionsKk(MeetingRecord m) {
		int n = m.decisions().size();
		String list = listed(m.decisions(), Language.KK, false);
		return sentences(words(m.kind()).kkHead() + " қорытындысы бойынша " + n
				+ " шешім қабылданып, олардың орындалуы бақылауға алынды.", list.isEmpty() ? "" : "Шешімдер: " + list);
	}

	List<String> bodyKk(MeetingRecord m) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(sentences(openingKk(m), formatKk(m)));
		addIfText(paragraphs, sentences(chairsKk(m), attendanceKk(m)));
		String agenda = String.join(" ", agendaKk(m));
		List<Report> reports = m.reports();
		for (int i = 0; i < reports.size(); i++) {
			Report report = reports.get(i);
			String quote = quoteKk(report, m.date().getYear());
			if (i == 0) {
				paragraphs.add(sentences(agenda, reportIntroKk(m, report, true)));
				addIfText(paragraphs, quote);
			}
			else {
				paragraphs.add(sentences(reportIntroKk(m, report, false), quote));
			}
		}
		if (reports.isEmpty()) {
			addIfText(paragraphs, agenda);
		}
		addIfText(paragraphs, questionsKk(m));
		if (!m.proposals().isEmpty()) {
			paragraphs.add(sentences(proposalsKk(m), listed(m.proposals(), Language.KK, true),
					"Тиісті сала басшылары айтылған ұсыныстар бойынша қорытынды шығарылатынын жеткізді."));
		}
		if (!m.decisions().isEmpty()) {
			paragraphs.add(decisionsKk(m));
		}
		return paragraphs;
	}

	/** "2024 жылғы 15 қарашада … отырысы өтті." and, where proposals were raised, the seed's teaser. */
	String leadKk(MeetingRecord m) {
		return sentences(OfficialDates.kazakh(m.date()) + " " + eventKk(m, true),
				m.proposals().isEmpty() ? "" : proposalsKk(m));
	}

	private String positionAndNameKk(Attendee a, MeetingRecord m) {
		String title = text(a.title(), Language.KK);
		if (title != null) {
			return title + " " + a.name().kk();
		}
		String post = KK_POST.getOrDefault(a.post(), KK_ANY_POST);
		return a.unit() == null ? post + " " + a.name().kk() : unitGenitiveKk(a.unit(), m) + " " + post + " " + a.name().kk();
	}

	private static String unitGenitiveKk(Unit unit, MeetingRecord m) {
		String name = unit.name().kk();
		boolean ours = sameUnit(unit, m.host()) || sameUnit(unit, m.branch());
		if (unit.kind() == OrgUnitKind.PARTY && ours) {
			return "партияның";
		}
		if (BRANCHES.contains(unit.kind()) && ours) {
			return "партия филиалының";
		}
		if (unit.kind() == OrgUnitKind.COUNCIL) {
			return genitiveKk(shortKk(lowerFirstKk(name)));
		}
		return genitiveKk(withoutPartyGenitive(name, m));
	}

	private String hostNameKk(MeetingRecord m) {
		String name = withoutPartyGenitive(m.host().name().kk(), m);
		return ATTACHED.contains(m.host().kind()) ? lowerFirstKk(name) : name;
	}

	private static String branchNameKk(Unit branch, MeetingRecord m) {
		return withoutPartyGenitive(branch.name().kk(), m);
	}

	/** The host's name without the party already named in the title's prefix. */
	private String shortHostKk(MeetingRecord m) {
		String name = m.host().name().kk();
		if (hasText(m.partyName(), Language.KK)) {
			String partyGenitive = KazakhGrammar.inflect(m.partyName().kk(), Case.GENITIVE) + " ";
			if (name.startsWith(partyGenitive) && !hostIsParty(m)) {
				return name.substring(partyGenitive.length());
			}
		}
		return shortKk(ATTACHED.contains(m.host().kind()) ? lowerFirstKk(name) : name);
	}

	/**
	 * "«AMANAT» партиясының Шымкент қалалық филиалы" is written as the branch's own name in news: "«AMANAT»
	 * партиясы Шымкент қалалық филиалы".
	 */
	private static String withoutPartyGenitive(String name, MeetingRecord m) {
		if (!hasText(m.partyName(), Language.KK)) {
			return name;
		}
		String partyGenitive = KazakhGrammar.inflect(m.partyName().kk(), Case.GENITIVE) + " ";
		return name.startsWith(partyGenitive) ? m.partyName().kk() + " " + name.substring(partyGenitive.length())
				: name;
	}

	/** "… басқарма" takes the possessive before the genitive: басқармасының басшысы. */
	private static String genitiveKk(String name) {
		return KazakhGrammar.inflect(name.endsWith("басқарма") ? name + "сы" : name, Case.GENITIVE);
	}

	/** "Азаматтық қоғам … жөніндегі «Miras» аймақтық кеңесі" → "«Miras» аймақтық кеңесі". */
	private static String shortKk(String name) {
		int quote = name.indexOf('«');
		return quote > 0 && name.indexOf('»', quote) > 0 ? name.substring(quote) : name;
	}

	private static String joinKk(List<String> items) {
		return join(items, " және ");
	}

	// ---------------------------------------------------------------- Russian

	String titleRu(MeetingRecord m) {
		String event = eventRu(m, true, false);
		if (!hasText(m.partyName(), Language.RU) || hostIsParty(m) || namesParty(event, m)) {
			return upperRu(event);
		}
		return upperRu(m.partyName().ru()) + ": " + upperRu(event);
	}

	/**
	 * "состоялось заседание регионального совета «Miras» … при Шымкентском городском филиале партии «AMANAT»";
	 * the title names the host only ("… совета «Miras»").
	 */
	String eventRu(MeetingRecord m, boolean shortName, boolean withBranch) {
		KindWords w = words(m.kind());
		String host = hostGenitiveRu(m.host(), shortName);
		String branch = withBranch && attached(m)
				? " при " + RussianGrammar.decline(m.branch().name().ru(), RussianGrammar.Case.PREPOSITIONAL) : "";
		return w.ruHeld() + " " + w.ruNoun() + " " + host + w.ruTail() + branch;
	}

	String openingRu(MeetingRecord m) {
		return OfficialDates.russianInText(m.date()) + " " + eventRu(m, false, true) + ".";
	}

	/** "Место проведения: …", "Мероприятие прошло в онлайн-формате на платформе Zoom." */
	String formatRu(MeetingRecord m) {
		String place = blank(m.place()) ? "" : "Место проведения: " + withoutFinalStop(m.place().strip()) + ".";
		String platform = blank(m.platform()) ? "" : " на платформе " + m.platform().strip();
		return switch (m.format()) {
			case ONLINE -> "Мероприятие прошло в онлайн-формате" + platform + ".";
			case MIXED -> sentences("Мероприятие прошло в смешанном формате: очно и онлайн" + platform + ".", place);
			default -> place;
		};
	}

	String chairsRu(MeetingRecord m) {
		List<Attendee> chairs = chairsNotNamed(m);
		if (chairs.isEmpty()) {
			return "";
		}
		if (chairs.size() == 1) {
			Attendee chair = chairs.get(0);
			return RussianGrammar.past("Председательствовал", chair.name().ru()) + " " + positionAndNameRu(chair, m)
					+ ".";
		}
		return "Сопредседателями выступили " + join(chairs.stream().map(a -> positionAndNameRu(a, m)).toList(), " и ")
				+ ".";
	}

	String attendanceRu(MeetingRecord m) {
		List<String> all = new ArrayList<>(m.attendees().stream().map(a -> positionAndNameRu(a, m)).toList());
		if (m.departmentHeadsAttended()) {
			all.add("руководители отраслевых управлений города");
		}
		if (m.councilMembersAttended()) {
			all.add("члены совета");
		}
		for (AudienceGroup group : audience(m)) {
			if (group.count() > 0) {
				all.add(Plurals.format(AUDIENCE.getOrDefault(group.kind(), AUDIENCE.get(AudienceKind.OTHER))[1],
						Language.RU, group.count()));
			}
		}
		return all.isEmpty() ? "" : words(m.kind()).ruIn() + " приняли участие " + join(all, " и ") + ".";
	}

	List<String> agendaRu(MeetingRecord m) {
		List<String> sentences = new ArrayList<>();
		for (AgendaItem item : m.agenda()) {
			String start = sentences.isEmpty() ? words(m.kind()).ruAt() : "Также";
			String sentence = item.roadmap() ? roadmapItemRu(m, item) : otherItemRu(item);
			if (sentence != null) {
				sentences.add(start + " " + sentence);
			}
		}
		return sentences;
	}

	/** "обсуждено исполнение за 10 месяцев 2024 года Дорожной карты по реализации … по направлениям …" */
	private String roadmapItemRu(MeetingRecord m, AgendaItem item) {
		List<String> directions = item.directions().stream().map(d -> text(d, Language.RU)).filter(d -> d != null)
			.map(d -> RussianGrammar.decline(RussianGrammar.lowerFirst(d), RussianGrammar.Case.GENITIVE))
			.toList();
		String fields = directions.isEmpty() ? ""
				: (directions.size() == 1 ? " по направлению " : " по направлениям ") + join(directions, " и ");
		String name = text(item.program().name(), Language.RU);
		String program = "";
		if (name != null) {
			program = " по реализации " + RussianGrammar.decline(name, RussianGrammar.Case.GENITIVE);
			if (item.program().hasYears() && !name.contains(String.valueOf(item.program().firstYear()))) {
				program += " на " + item.program().firstYear() + "-" + item.program().lastYear() + " годы";
			}
		}
		String period = item.period() == null ? "" : periodRu(item.period()) + " ";
		return "обсуждено исполнение " + period + "Дорожной карты" + program + fields + ".";
	}

	private static String otherItemRu(AgendaItem item) {
		String title = quoted(text(item.title(), Language.RU));
		if (title == null) {
			return null;
		}
		return item.period() == null ? "рассмотрен вопрос " + title + "."
				: "рассмотрены итоги работы " + periodRu(item.period()) + " по вопросу " + title + ".";
	}

	/** The seed meeting's first period ("за 10 месяцев 2024 года"). */
	static String periodRu(MeetingRecord m) {
		return m.agenda().stream().filter(a -> a.period() != null).findFirst().map(a -> periodRu(a.period()))
			.orElse("");
	}

	/**
	 * "за 2024 год", "за 2023-2024 годы", "за октябрь 2024 года", "за 10 месяцев 2024 года", "за второй квартал 2024
	 * года", "за первое полугодие 2024 года", "за март–май 2024 года", "за период с октября 2023 года по март 2024
	 * года".
	 */
	static String periodRu(Period p) {
		YearMonth from = p.from();
		YearMonth to = p.to();
		if (from.getMonthValue() == 1 && to.getMonthValue() == 12) {
			return from.getYear() == to.getYear() ? "за " + from.getYear() + " год"
					: "за " + from.getYear() + "-" + to.getYear() + " годы";
		}
		if (from.getYear() != to.getYear()) {
			return "за период с " + RU_MONTHS_GENITIVE.get(from.getMonthValue() - 1) + " " + from.getYear()
					+ " года по " + RU_MONTHS.get(to.getMonthValue() - 1) + " " + to.getYear() + " года";
		}
		int year = from.getYear();
		if (from.equals(to)) {
			return "за " + RU_MONTHS.get(from.getMonthValue() - 1) + " " + year + " года";
		}
		int months = to.getMonthValue() - from.getMonthValue() + 1;
		if (months == 3 && from.getMonthValue() % 3 == 1) {
			return "за " + RU_ORDINALS.get(from.getMonthValue() / 3) + " квартал " + year + " года";
		}
		if (from.getMonthValue() == 1 && months == 6) {
			return "за первое полугодие " + year + " года";
		}
		if (from.getMonthValue() == 1) {
			return "за " + Plurals.format("{0, plural, one{# месяц} few{# месяца} many{# месяцев} other{# месяца}}",
					Language.RU, months) + " " + year + " года";
		}
		return "за " + RU_MONTHS.get(from.getMonthValue() - 1) + "–" + RU_MONTHS.get(to.getMonthValue() - 1) + " "
				+ year + " года";
	}

	String reportIntroRu(MeetingRecord m, Report report, boolean first) {
		String name = report.speaker().name().ru();
		String who = upperFirst(positionAndNameRu(report.speaker(), m));
		String topic = text(report.topic(), Language.RU);
		if (topic != null) {
			return who + " " + RussianGrammar.past("выступил", name) + " с информацией на тему «"
					+ withoutFinalStop(topic) + "».";
		}
		return who + (first ? " кратко " + RussianGrammar.past("доложил", name) + " о проделанной работе."
				: " " + RussianGrammar.past("рассказал", name) + " о проделанной работе.");
	}

	String quoteRu(Report report, int meetingYear) {
		String said = spoken(text(report.summary(), Language.RU));
		List<String> sentences = new ArrayList<>();
		if (said != null) {
			sentences.add(said);
		}
		report.figures().stream().filter(f -> worthQuoting(f, said, meetingYear)).forEach(f -> sentences.add(figureRu(f)));
		String quoted = withoutFinalStop(String.join(" ", sentences));
		String name = report.speaker().name().ru();
		return quoted.isBlank() ? "" : "«" + quoted + "», — " + RussianGrammar.past("сказал", name) + " " + name + ".";
	}

	/** "По пункту Дорожной карты «…» на 2023 год было запланировано 20 мероприятий, все они исполнены." */
	static String figureRu(Figure f) {
		String pattern = UNIT_NOUNS.getOrDefault(f.unit(), UNIT_NOUNS.get("UNITS"))[1];
		String planned = Plurals.format(pattern, Language.RU, f.planned());
		String subject = text(f.subject(), Language.RU) == null ? ""
				: "По пункту Дорожной карты " + quoted(text(f.subject(), Language.RU)) + " ";
		String start = subject.isEmpty() ? "На " : subject + "на ";
		if (f.actual() == null || f.actual().signum() == 0) {
			return start + f.year() + " год запланировано " + planned + ".";
		}
		if (f.actual().compareTo(f.planned()) >= 0) {
			return start + f.year() + " год было запланировано " + planned + ", все они исполнены.";
		}
		return start + f.year() + " год было запланировано " + planned + ", исполнено "
				+ Plurals.format(pattern, Language.RU, f.actual()) + ".";
	}

	String questionsRu(MeetingRecord m) {
		String list = listed(m.questions(), Language.RU, false);
		return list.isEmpty() ? ""
				: "Участники задали " + (count(m.questions(), Language.RU) == 1 ? "вопрос" : "вопросы") + ": " + list;
	}

	String proposalsRu(MeetingRecord m) {
		int n = m.proposals().size();
		return "В ходе " + words(m.kind()).ruGenitive() + " участники внесли "
				+ Plurals.format("{0, plural, one{# предложение} few{# предложения} many{# предложений} other{# предложения}}",
						Language.RU, n)
				+ " и всесторонне обсудили вопросы.";
	}

	String decisionsRu(MeetingRecord m) {
		String list = listed(m.decisions(), Language.RU, false);
		return sentences("По итогам " + words(m.kind()).ruGenitive() + " "
				+ Plurals.format("{0, plural, one{принято # решение} few{приняты # решения} many{принято # решений} other{принято # решения}}",
						Language.RU, m.decisions().size())
				+ ", их исполнение взято на контроль.", list.isEmpty() ? "" : "Решения: " + list);
	}

	List<String> bodyRu(MeetingRecord m) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(sentences(openingRu(m), formatRu(m)));
		addIfText(paragraphs, sentences(chairsRu(m), attendanceRu(m)));
		String agenda = String.join(" ", agendaRu(m));
		List<Report> reports = m.reports();
		for (int i = 0; i < reports.size(); i++) {
			Report report = reports.get(i);
			String quote = quoteRu(report, m.date().getYear());
			if (i == 0) {
				paragraphs.add(sentences(agenda, reportIntroRu(m, report, true)));
				addIfText(paragraphs, quote);
			}
			else {
				paragraphs.add(sentences(reportIntroRu(m, report, false), quote));
			}
		}
		if (reports.isEmpty()) {
			addIfText(paragraphs, agenda);
		}
		addIfText(paragraphs, questionsRu(m));
		if (!m.proposals().isEmpty()) {
			paragraphs.add(sentences(proposalsRu(m), listed(m.proposals(), Language.RU, true),
					"Руководители соответствующих отраслей сообщили, что по озвученным предложениям будут подготовлены заключения."));
		}
		if (!m.decisions().isEmpty()) {
			paragraphs.add(decisionsRu(m));
		}
		return paragraphs;
	}

	/** "15 ноября 2024 года состоялось заседание …" and, where proposals were raised, the teaser. */
	String leadRu(MeetingRecord m) {
		return sentences(OfficialDates.russian(m.date()) + " " + eventRu(m, true, true) + ".",
				m.proposals().isEmpty() ? "" : proposalsRu(m));
	}

	private String positionAndNameRu(Attendee a, MeetingRecord m) {
		String title = text(a.title(), Language.RU);
		if (title != null) {
			return title + " " + a.name().ru();
		}
		String post = RU_POST.getOrDefault(a.post(), RU_ANY_POST);
		return a.unit() == null ? post + " " + a.name().ru() : post + " " + unitGenitiveRu(a.unit(), m) + " " + a.name().ru();
	}

	private static String unitGenitiveRu(Unit unit, MeetingRecord m) {
		String name = unit.name().ru();
		boolean ours = sameUnit(unit, m.host()) || sameUnit(unit, m.branch());
		if (unit.kind() == OrgUnitKind.PARTY && ours) {
			return "партии";
		}
		if (BRANCHES.contains(unit.kind()) && ours) {
			return "филиала партии";
		}
		if (unit.kind() == OrgUnitKind.COUNCIL) {
			return RussianGrammar.lowerFirst(RussianGrammar.decline(shortRu(name), RussianGrammar.Case.GENITIVE));
		}
		return genitiveRu(unit, name);
	}

	private static String hostGenitiveRu(Unit host, boolean shortName) {
		String name = host.name().ru();
		return genitiveRu(host, shortName ? shortRu(name) : name);
	}

	/** The genitive; names opening with a common word take a small letter (регионального совета, партии). */
	private static String genitiveRu(Unit unit, String name) {
		String declined = RussianGrammar.decline(name, RussianGrammar.Case.GENITIVE);
		String first = name.split(" ", 2)[0].toLowerCase(Locale.ROOT);
		boolean common = ATTACHED.contains(unit.kind()) || unit.kind() == OrgUnitKind.PARTY
				|| RU_COMMON_FIRST.contains(first);
		return common ? RussianGrammar.lowerFirst(declined) : declined;
	}

	/** "Региональный совет «Miras» по развитию …" → "Региональный совет «Miras»". */
	private static String shortRu(String name) {
		int close = name.indexOf('»');
		return close > 0 && close < name.length() - 1 && name.indexOf('«') < close ? name.substring(0, close + 1)
				: name;
	}

	// ---------------------------------------------------------------- shared

	private static boolean attached(MeetingRecord m) {
		return ATTACHED.contains(m.host().kind()) && m.branch() != null && !sameUnit(m.host(), m.branch());
	}

	/** Whether a text names the party already (its quoted name, «AMANAT»): the title then needs no prefix. */
	private static boolean namesParty(String text, MeetingRecord m) {
		String party = m.partyName() == null || m.partyName().kk() == null ? "" : m.partyName().kk();
		int open = party.indexOf('«');
		int close = party.indexOf('»', open + 1);
		return open >= 0 && close > open && text.contains(party.substring(open, close + 1));
	}

	private static boolean hostIsParty(MeetingRecord m) {
		return m.host().kind() == OrgUnitKind.PARTY;
	}

	private static boolean sameUnit(Unit a, Unit b) {
		return a != null && b != null && a.id() != null && a.id().equals(b.id());
	}

	/** The unnamed groups, "N more people" last. */
	private static List<AudienceGroup> audience(MeetingRecord m) {
		return m.audience().stream().filter(g -> g.count() > 0)
			.sorted(java.util.Comparator.comparing(g -> g.kind() == AudienceKind.OTHER)).toList();
	}

	/** Chairs not already named among those present (the seed names its chair among them, with the post). */
	private static List<Attendee> chairsNotNamed(MeetingRecord m) {
		return m.chairs().stream()
			.filter(c -> m.attendees().stream().noneMatch(a -> a.name().kk().equals(c.name().kk())))
			.toList();
	}

	/** Items raised, each as said: "1) …; 2) …." (text in the language, else none). */
	private static String listed(List<LocalizedText> items, Language language, boolean smallFirstLetter) {
		List<String> texts = texts(items, language);
		if (texts.isEmpty()) {
			return "";
		}
		if (texts.size() == 1 && !smallFirstLetter) {
			String only = texts.get(0);
			return only + (only.endsWith("?") || only.endsWith("!") ? "" : ".");
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			numbered.add((i + 1) + ") " + (smallFirstLetter ? lowerFirstKk(texts.get(i)) : texts.get(i)));
		}
		String list = String.join("; ", numbered);
		return (smallFirstLetter ? (language == Language.KK ? "Ұсыныстар: " : "Предложения: ") : "") + list
				+ (list.endsWith("?") || list.endsWith("!") ? "" : ".");
	}

	private static int count(List<LocalizedText> items, Language language) {
		return texts(items, language).size();
	}

	private static List<String> texts(List<LocalizedText> items, Language language) {
		Function<LocalizedText, String> text = p -> text(p, language);
		return items.stream().map(text).filter(t -> t != null).map(t -> withoutFinalStop(t.strip())).toList();
	}

	/** The text in the language, stripped; null when it has none. */
	private static String text(LocalizedText text, Language language) {
		if (text == null) {
			return null;
		}
		String value = language == Language.RU ? text.ru() : text.kk();
		return blank(value) ? null : value.strip().replaceAll("\\s+", " ");
	}

	private static boolean hasText(LocalizedText text, Language language) {
		return text(text, language) != null;
	}

	/** "«…»" around a title, unless it is quoted already; null for no title. */
	private static String quoted(String title) {
		if (title == null) {
			return null;
		}
		String t = withoutFinalStop(title);
		if (t.startsWith("«") && t.endsWith("»") && t.indexOf('«', 1) < 0) {
			return t;
		}
		// quotes inside quotes are „…“: «Итоги акции „Таза Қазақстан“»
		return "«" + t.replace('«', '„').replace('»', '“') + "»";
	}

	/**
	 * What the speaker said, as the record keeps it, without the quotation marks around the whole text (the news
	 * puts its own). The speaker's words come first; figures they did not quote follow from the record.
	 */
	private static String spoken(String summary) {
		if (summary == null) {
			return null;
		}
		String text = summary.strip();
		if (text.startsWith("«") && text.endsWith("»") || text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text.isEmpty() ? null : text;
	}

	/**
	 * A figure the speaker did not quote is added when it says something: a plan or result for the meeting's year or
	 * later, or, when the record keeps no words of the speaker, a past year's result. Where the speaker's words are
	 * kept, past years are history they chose from: what they left out stays out of the news.
	 */
	private static boolean worthQuoting(Figure figure, String said, int meetingYear) {
		boolean pastResult = figure.actual() != null && (said == null || said.isBlank());
		return !mentions(said, figure) && (figure.year() >= meetingYear || pastResult);
	}

	/** Whether the speaker already quoted the figure's planned number. */
	private static boolean mentions(String said, Figure figure) {
		if (said == null) {
			return false;
		}
		BigDecimal planned = figure.planned().stripTrailingZeros();
		List<String> forms = new ArrayList<>(List.of(number(planned)));
		if (planned.scale() <= 0 && planned.longValue() >= 1000 && planned.longValue() % 1000 == 0) {
			forms.add(planned.longValue() / 1000 + " мың");
			forms.add(planned.longValue() / 1000 + " тысяч");
		}
		return forms.stream().anyMatch(form -> said.matches(
				"(?s)(.*\\D)?" + java.util.regex.Pattern.quote(form) + "(\\D.*)?"));
	}

	/** Non-empty sentences joined by a space. */
	private static String sentences(String... parts) {
		return String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
	}

	private static void addIfText(List<String> paragraphs, String paragraph) {
		if (paragraph != null && !paragraph.isBlank()) {
			paragraphs.add(paragraph);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String join(List<String> items, String lastSeparator) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + lastSeparator + items.get(items.size() - 1);
	}

	private static String withoutFinalStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String upperKk(String text) {
		return text.toUpperCase(Language.KK.locale());
	}

	private static String upperRu(String text) {
		return text.toUpperCase(Language.RU.locale());
	}

	/** A sentence starts with a capital letter, after any opening quote. */
	private static String upperFirst(String text) {
		int i = 0;
		while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
			i++;
		}
		return i >= text.length() ? text
				: text.substring(0, i) + text.substring(i, i + 1).toUpperCase(Language.KK.locale()) + text.substring(i + 1);
	}

	/** A council name starts with a common word (Азаматтық қоғам …): small letter mid-sentence. */
	private static String lowerFirstKk(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Language.KK.locale()) + text.substring(1);
	}
}
