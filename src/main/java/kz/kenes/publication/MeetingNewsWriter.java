package kz.kenes.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhGrammar;
import kz.kenes.i18n.KazakhNumerals.Case;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.i18n.Plurals;
import kz.kenes.i18n.RussianGrammar;
import kz.kenes.organization.Post;
import kz.kenes.publication.MeetingRecord.Attendee;
import kz.kenes.publication.MeetingRecord.Figure;
import kz.kenes.publication.MeetingRecord.Report;
import kz.kenes.publication.MeetingRecord.Unit;

/**
 * Writes the news item about a held meeting in Kazakh and Russian, in the shape of the branch's own news (the
 * seed): headline, lead, the opening sentence naming council and branch, who attended with positions, the agenda
 * with program and period, each report heard as a quotation with its figures, the proposals, the closing. Every
 * sentence comes from a template of its language with the case endings and number agreement that language needs;
 * nothing is machine-translated. The secretary edits the draft before publishing. English gets no draft: the
 * English text falls back to Kazakh until someone writes it.
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

	public NewsDraft write(MeetingRecord meeting) {
		return new NewsDraft(new LocalizedText(titleKk(meeting), titleRu(meeting), null),
				new LocalizedText(leadKk(meeting), leadRu(meeting), null),
				new LocalizedText(String.join("\n", bodyKk(meeting)), String.join("\n", bodyRu(meeting)), null));
	}

	// ---------------------------------------------------------------- Kazakh

	String titleKk(MeetingRecord m) {
		return upperKk(m.partyName().kk()) + ": "
				+ upperKk(KazakhGrammar.inflect(councilShortKk(m), Case.GENITIVE)) + " ОТЫРЫСЫ ӨТТІ";
	}

	String openingKk(MeetingRecord m) {
		String branch = m.branch().name().kk();
		String partyGenitive = KazakhGrammar.inflect(m.partyName().kk(), Case.GENITIVE) + " ";
		// "«AMANAT» партиясының Шымкент қалалық филиалы" is written as the branch's own name in news:
		// "«AMANAT» партиясы Шымкент қалалық филиалы".
		if (branch.startsWith(partyGenitive)) {
			branch = m.partyName().kk() + " " + branch.substring(partyGenitive.length());
		}
		return branch + " жанындағы " + KazakhGrammar.inflect(lowerFirstKk(m.council().name().kk()), Case.GENITIVE)
				+ " отырысы өтті.";
	}

	String attendanceKk(MeetingRecord m) {
		List<String> people = m.attendees().stream().map(this::positionAndNameKk).toList();
		List<String> groups = new ArrayList<>();
		if (m.departmentHeadsAttended()) {
			groups.add("салалық басқарма басшылары");
		}
		if (m.councilMembersAttended()) {
			groups.add("кеңес мүшелері");
		}
		List<String> all = new ArrayList<>(people);
		if (!groups.isEmpty()) {
			all.add(String.join(" мен ", groups));
		}
		return "Жиынға " + joinKk(all) + " қатысты.";
	}

	String agendaKk(MeetingRecord m) {
		String program = m.program().name().kk();
		String years = program.contains(String.valueOf(m.program().firstYear())) ? ""
				: "партияның " + m.program().firstYear() + "-" + m.program().lastYear() + " жылдарға арналған ";
		List<String> directions = m.directions().stream().map(d -> lowerFirstKk(d.kk())).toList();
		String fields = directions.isEmpty() ? ""
				: joinKk(directions) + (directions.size() == 1 ? " саласы" : " салалары") + " бойынша ";
		return "Отырыста " + years + KazakhGrammar.inflectPossessive(program, Case.ACCUSATIVE)
				+ " іске асыру жөніндегі Жол картасының " + fields + periodKk(m) + " орындалуы талқыланды.";
	}

	/** "2024 жылдың 10 айындағы", or for a whole year "2024 жылғы". */
	static String periodKk(MeetingRecord m) {
		return m.periodMonths() >= 12 ? m.periodYear() + " жылғы"
				: m.periodYear() + " жылдың " + m.periodMonths() + " айындағы";
	}

	String reportIntroKk(Report report, boolean first) {
		String who = positionAndNameKk(report.speaker());
		String topic = report.topic() == null ? null : report.topic().kk();
		if (topic != null && !topic.isBlank()) {
			return who + " " + topic + " жөнінде мәлімет берді.";
		}
		return who + (first ? " атқарылған жұмыстарды қысқаша баяндап берді." : " атқарылған жұмыстар туралы баяндады.");
	}

	String quoteKk(Report report, int meetingYear) {
		String said = spoken(report.summary() == null ? null : report.summary().kk());
		List<String> sentences = new ArrayList<>();
		if (said != null) {
			sentences.add(said);
		}
		report.figures().stream().filter(f -> worthQuoting(f, said, meetingYear)).forEach(f -> sentences.add(figureKk(f)));
		return "«" + withoutFinalStop(String.join(" ", sentences)) + "», — деді " + report.speaker().name().kk() + ".";
	}

	/** "… бойынша 2023 жылға 20 іс-шара жоспарланып, толығымен орындалды." */
	static String figureKk(Figure f) {
		String noun = UNIT_NOUNS.getOrDefault(f.unit(), UNIT_NOUNS.get("UNITS"))[0];
		String planned = number(f.planned()) + " " + noun;
		String subject = f.subject() == null || f.subject().kk() == null ? "" : f.subject().kk() + " бойынша ";
		String year = f.year() + " жылға ";
		if (f.actual() == null || f.actual().signum() == 0) {
			return subject + year + planned + " жоспарлануда.";
		}
		if (f.actual().compareTo(f.planned()) >= 0) {
			return subject + year + planned + " жоспарланып, толығымен орындалды.";
		}
		return subject + year + planned + " жоспарланып, оның " + number(f.actual()) + " " + noun + " орындалды.";
	}

	String proposalsKk(MeetingRecord m) {
		int n = m.proposals().size();
		return "Жиын барысында қатысушылар " + (n == 1 ? "ұсыныс" : n + " ұсыныс")
				+ " айтып, мәселелерді жан-жақты талқылады.";
	}

	List<String> bodyKk(MeetingRecord m) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(openingKk(m));
		paragraphs.add(attendanceKk(m));
		String agenda = agendaKk(m);
		List<Report> reports = m.reports();
		for (int i = 0; i < reports.size(); i++) {
			Report report = reports.get(i);
			if (i == 0) {
				paragraphs.add(agenda + " " + reportIntroKk(report, true));
				paragraphs.add(quoteKk(report, m.date().getYear()));
			}
			else {
				paragraphs.add(reportIntroKk(report, false) + " " + quoteKk(report, m.date().getYear()));
			}
		}
		if (reports.isEmpty()) {
			paragraphs.add(agenda);
		}
		if (!m.proposals().isEmpty()) {
			paragraphs.add(String.join(" ", nonEmpty(proposalsKk(m), listed(m.proposals(), Language.KK),
					"Тиісті сала басшылары айтылған ұсыныстар бойынша қорытынды шығарылатынын жеткізді.")));
		}
		if (m.decisions() > 0) {
			paragraphs.add("Отырыс қорытындысы бойынша " + m.decisions()
					+ " шешім қабылданып, олардың орындалуы бақылауға алынды.");
		}
		return paragraphs;
	}

	String leadKk(MeetingRecord m) {
		return m.proposals().isEmpty() ? openingKk(m) : proposalsKk(m);
	}

	private String positionAndNameKk(Attendee a) {
		return unitGenitiveKk(a.unit()) + " " + KK_POST.get(a.post()) + " " + a.name().kk();
	}

	private static String unitGenitiveKk(Unit unit) {
		String name = unit.name().kk();
		return switch (unit.kind()) {
			case PARTY, REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH -> "партия филиалының";
			case COUNCIL -> KazakhGrammar.inflect(shortKk(name), Case.GENITIVE);
			// "… басқарма" takes the possessive before the genitive: басқармасының басшысы.
			case DEPARTMENT -> name.endsWith("басқарма") ? name + "сының"
					: KazakhGrammar.inflect(name, Case.GENITIVE);
			default -> KazakhGrammar.inflect(name, Case.GENITIVE);
		};
	}

	private static String councilShortKk(MeetingRecord m) {
		return shortKk(m.council().name().kk());
	}

	/** "Азаматтық қоғам … жөніндегі «Miras» аймақтық кеңесі" → "«Miras» аймақтық кеңесі". */
	private static String shortKk(String name) {
		int quote = name.indexOf('«');
		return quote > 0 ? name.substring(quote) : name;
	}

	private static String joinKk(List<String> items) {
		return join(items, " және ");
	}

	// ---------------------------------------------------------------- Russian

	String titleRu(MeetingRecord m) {
		return upperRu(m.partyName().ru()) + ": СОСТОЯЛОСЬ ЗАСЕДАНИЕ "
				+ upperRu(RussianGrammar.decline(shortRu(m.council().name().ru()), RussianGrammar.Case.GENITIVE));
	}

	String openingRu(MeetingRecord m) {
		return "Состоялось заседание "
				+ RussianGrammar.lowerFirst(RussianGrammar.decline(m.council().name().ru(), RussianGrammar.Case.GENITIVE))
				+ " при " + RussianGrammar.decline(m.branch().name().ru(), RussianGrammar.Case.PREPOSITIONAL) + ".";
	}

	String attendanceRu(MeetingRecord m) {
		List<String> all = new ArrayList<>(m.attendees().stream().map(this::positionAndNameRu).toList());
		List<String> groups = new ArrayList<>();
		if (m.departmentHeadsAttended()) {
			groups.add("руководители отраслевых управлений города");
		}
		if (m.councilMembersAttended()) {
			groups.add("члены совета");
		}
		all.addAll(groups);
		return "В заседании приняли участие " + join(all, " и ") + ".";
	}

	String agendaRu(MeetingRecord m) {
		List<String> directions = m.directions().stream()
			.map(d -> RussianGrammar.decline(RussianGrammar.lowerFirst(d.ru()), RussianGrammar.Case.GENITIVE))
			.toList();
		String fields = directions.isEmpty() ? ""
				: (directions.size() == 1 ? " по направлению " : " по направлениям ") + join(directions, " и ");
		String program = RussianGrammar.decline(m.program().name().ru(), RussianGrammar.Case.GENITIVE);
		String years = program.contains(String.valueOf(m.program().firstYear())) ? ""
				: " на " + m.program().firstYear() + "-" + m.program().lastYear() + " годы";
		return "На заседании обсуждено исполнение " + periodRu(m) + " Дорожной карты по реализации " + program + years
				+ fields + ".";
	}

	/** "за 10 месяцев 2024 года", or "за 2024 год". */
	static String periodRu(MeetingRecord m) {
		if (m.periodMonths() >= 12) {
			return "за " + m.periodYear() + " год";
		}
		return "за " + Plurals.format("{0, plural, one{# месяц} few{# месяца} many{# месяцев} other{# месяца}}",
				Language.RU, m.periodMonths()) + " " + m.periodYear() + " года";
	}

	String reportIntroRu(Report report, boolean first) {
		String name = report.speaker().name().ru();
		String who = upperFirst(positionAndNameRu(report.speaker()));
		String topic = report.topic() == null ? null : report.topic().ru();
		if (topic != null && !topic.isBlank()) {
			return who + " " + RussianGrammar.past("выступил", name) + " с информацией на тему «" + topic + "».";
		}
		return who + (first ? " кратко " + RussianGrammar.past("доложил", name) + " о проделанной работе."
				: " " + RussianGrammar.past("рассказал", name) + " о проделанной работе.");
	}

	String quoteRu(Report report, int meetingYear) {
		String said = spoken(report.summary() == null ? null : report.summary().ru());
		List<String> sentences = new ArrayList<>();
		if (said != null) {
			sentences.add(said);
		}
		report.figures().stream().filter(f -> worthQuoting(f, said, meetingYear)).forEach(f -> sentences.add(figureRu(f)));
		String name = report.speaker().name().ru();
		return "«" + withoutFinalStop(String.join(" ", sentences)) + "», — " + RussianGrammar.past("сказал", name) + " "
				+ name + ".";
	}

	/** "По пункту Дорожной карты «…» на 2023 год было запланировано 20 мероприятий, все они исполнены." */
	static String figureRu(Figure f) {
		String pattern = UNIT_NOUNS.getOrDefault(f.unit(), UNIT_NOUNS.get("UNITS"))[1];
		String planned = Plurals.format(pattern, Language.RU, f.planned());
		String subject = f.subject() == null || f.subject().ru() == null ? ""
				: "По пункту Дорожной карты «" + f.subject().ru() + "» ";
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

	String proposalsRu(MeetingRecord m) {
		int n = m.proposals().size();
		return "В ходе заседания участники внесли "
				+ Plurals.format("{0, plural, one{# предложение} few{# предложения} many{# предложений} other{# предложения}}",
						Language.RU, n)
				+ " и всесторонне обсудили вопросы.";
	}

	List<String> bodyRu(MeetingRecord m) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(openingRu(m));
		paragraphs.add(attendanceRu(m));
		String agenda = agendaRu(m);
		List<Report> reports = m.reports();
		for (int i = 0; i < reports.size(); i++) {
			Report report = reports.get(i);
			if (i == 0) {
				paragraphs.add(agenda + " " + reportIntroRu(report, true));
				paragraphs.add(quoteRu(report, m.date().getYear()));
			}
			else {
				paragraphs.add(reportIntroRu(report, false) + " " + quoteRu(report, m.date().getYear()));
			}
		}
		if (reports.isEmpty()) {
			paragraphs.add(agenda);
		}
		if (!m.proposals().isEmpty()) {
			paragraphs.add(String.join(" ", nonEmpty(proposalsRu(m), listed(m.proposals(), Language.RU),
					"Руководители соответствующих отраслей сообщили, что по озвученным предложениям будут подготовлены заключения.")));
		}
		if (m.decisions() > 0) {
			paragraphs.add("По итогам заседания "
					+ Plurals.format("{0, plural, one{принято # решение} few{приняты # решения} many{принято # решений} other{принято # решения}}",
							Language.RU, m.decisions())
					+ ", их исполнение взято на контроль.");
		}
		return paragraphs;
	}

	String leadRu(MeetingRecord m) {
		return m.proposals().isEmpty() ? openingRu(m) : proposalsRu(m);
	}

	private String positionAndNameRu(Attendee a) {
		return RU_POST.get(a.post()) + " " + unitGenitiveRu(a.unit()) + " " + a.name().ru();
	}

	private static String unitGenitiveRu(Unit unit) {
		String name = unit.name().ru();
		return switch (unit.kind()) {
			case PARTY, REGIONAL_BRANCH, CITY_BRANCH, DISTRICT_BRANCH -> "филиала партии";
			case COUNCIL -> RussianGrammar.lowerFirst(RussianGrammar.decline(shortRu(name), RussianGrammar.Case.GENITIVE));
			default -> RussianGrammar.decline(name, RussianGrammar.Case.GENITIVE);
		};
	}

	/** "Региональный совет «Miras» по развитию …" → "Региональный совет «Miras»". */
	private static String shortRu(String name) {
		int close = name.indexOf('»');
		return close > 0 ? name.substring(0, close + 1) : name;
	}

	// ---------------------------------------------------------------- shared

	/** The proposals as they were raised, each in quotes: "«…», «…»." (text in the language, else none). */
	private static String listed(List<LocalizedText> proposals, Language language) {
		Function<LocalizedText, String> text = p -> language == Language.KK ? p.kk() : p.ru();
		List<String> items = proposals.stream().map(text).filter(t -> t != null && !t.isBlank())
			.map(t -> withoutFinalStop(t.strip())).toList();
		if (items.isEmpty()) {
			return "";
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			numbered.add((i + 1) + ") " + lowerFirstKk(items.get(i)));
		}
		return (language == Language.KK ? "Ұсыныстар: " : "Предложения: ") + String.join("; ", numbered) + ".";
	}

	/**
	 * What the speaker said, as the record keeps it, without the quotation marks around the whole text (the news
	 * puts its own). The speaker's words come first; figures they did not quote follow from the record.
	 */
	private static String spoken(String summary) {
		if (summary == null || summary.isBlank()) {
			return null;
		}
		String text = summary.strip();
		if (text.startsWith("«") && text.endsWith("»") || text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text;
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

	private static List<String> nonEmpty(String... parts) {
		return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList();
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

	private static String upperFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	/** A council name starts with a common word (Азаматтық қоғам …): small letter mid-sentence. */
	private static String lowerFirstKk(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Language.KK.locale()) + text.substring(1);
	}
}
