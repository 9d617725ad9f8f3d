package kz.kenes.meeting.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.i18n.Language;
import kz.kenes.identity.Access;
import kz.kenes.meeting.AgendaDraft;
import kz.kenes.meeting.Attendance;
import kz.kenes.meeting.DecisionTerms;
import kz.kenes.meeting.DecisionWorkflow;
import kz.kenes.meeting.MeetingDetails;
import kz.kenes.meeting.MeetingFormat;
import kz.kenes.meeting.MeetingQueries;
import kz.kenes.meeting.MeetingRecord;
import kz.kenes.meeting.MeetingWorkflow;
import kz.kenes.meeting.ReportDraft;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.organization.Person;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * The meeting of the seed news item: the "Miras" council heard how the Roadmap was carried out in culture, youth
 * and religion in the first 10 months of 2024. The news gives no date or number: 15 November 2024 and № 3 are
 * assumed, and the meeting is marked as an example; so are the three proposals (the news says only that projects
 * were proposed and that the departments would draw conclusions on each) and the two decisions. Loaded once.
 */
@Component
@Order(DemoDataOrder.MEETING)
class MeetingDemoData implements DemoDataLoader {

	static final LocalDateTime SEED_MEETING = LocalDateTime.of(2024, 11, 15, 10, 0);
	static final int SEED_NUMBER = 3;

	private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);

	private final MeetingWorkflow meetings;
	private final DecisionWorkflow decisions;
	private final ProposalWorkflow proposals;
	private final ProposalQueries proposalQueries;
	private final MeetingQueries queries;
	private final OrgUnits units;
	private final People people;
	private final RoadmapCatalog catalog;
	private final Access access;
	private final TransactionTemplate transaction;

	MeetingDemoData(MeetingWorkflow meetings, DecisionWorkflow decisions, ProposalWorkflow proposals,
			ProposalQueries proposalQueries, MeetingQueries queries, OrgUnits units, People people, RoadmapCatalog catalog, Access access,
			TransactionTemplate transaction) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.proposals = proposals;
		this.proposalQueries = proposalQueries;
		this.queries = queries;
		this.units = units;
		this.people = people;
		this.catalog = catalog;
		this.access = access;
		this.transaction = transaction;
	}

	@Override
	public void loadDemoData() {
		OrgUnit miras = units.findByCode("miras-council").orElse(null);
		if (miras == null) {
			log.warn("No org unit 'miras-council': meeting demo data not loaded");
			return;
		}
		boolean loaded = queries.calendar(miras.getId()).stream()
			.anyMatch(m -> m.startsAt().toLocalDate().equals(SEED_MEETING.toLocalDate()));
		if (loaded) {
			return;
		}
		access.runAsSystem("demo-data", () -> transaction.executeWithoutResult(status -> load(miras)));
		log.info("Demo meeting loaded: «Miras» council, 15 November 2024");
	}

	private void load(OrgUnit miras) {
		Map<String, Long> p = new HashMap<>();
		for (String code : List.of("murat-zholdykhozhaev", "mombek-abdiakimuly", "aigerim-zhumakulova",
				"bauyrzhan-oryntaev", "example-council-secretary", "example-member-1", "example-member-2",
				"example-member-3")) {
			p.put(code, people.findByCode(code).map(Person::getId)
				.orElseThrow(() -> new IllegalStateException("No person " + code)));
		}
		long youth = unit("dept-youth");
		long culture = unit("dept-culture");

		long id = meetings.schedule(miras.getId(), new MeetingDetails(SEED_NUMBER, SEED_MEETING, 120,
				MeetingFormat.IN_PERSON, "Шымкент қ., «AMANAT» партиясы Шымкент қалалық филиалының мәжіліс залы",
				null, p.get("mombek-abdiakimuly"), p.get("example-council-secretary")));
		meetings.markExample(id);
		var program = catalog.programByCode(RoadmapCatalog.DEMO_PROGRAM);
		List<Long> directions = catalog.directions().stream()
			.filter(d -> List.of("culture", "youth", "religion").contains(d.getCode())).map(d -> d.getId()).toList();
		meetings.addAgendaItem(id, version(id), new AgendaDraft(1,
				"Партияның 2023-2027 жылдарға арналған «Халықпен бірге!» Сайлауалды бағдарламасын іске асыру жөніндегі "
						+ "Жол картасының мәдениет, жастар және дін салалары бойынша 2024 жылдың 10 айындағы орындалуы туралы",
				"О ходе реализации Дорожной карты по реализации Предвыборной программы партии «Халықпен бірге!» "
						+ "на 2023-2027 годы в сферах культуры, молодёжи и религии за 10 месяцев 2024 года",
				"Implementation of the Roadmap of the party's pre-election program \"Khalyqpen birge!\" 2023-2027 in "
						+ "culture, youth and religion in the first 10 months of 2024",
				program.map(x -> x.getId()).orElse(null), directions, 2024, 10));
		for (String code : List.of("murat-zholdykhozhaev", "mombek-abdiakimuly", "aigerim-zhumakulova",
				"bauyrzhan-oryntaev", "example-council-secretary", "example-member-1", "example-member-2",
				"example-member-3")) {
			meetings.invite(id, version(id), p.get(code), null);
		}
		Map<Long, Attendance> present = new HashMap<>();
		p.values().forEach(person -> present.put(person, Attendance.PRESENT));
		present.put(p.get("example-member-3"), Attendance.ABSENT);
		meetings.recordAttendance(id, version(id), present, 6);

		List<Long> violence = items("1");
		List<Long> supportAndClubs = new java.util.ArrayList<>(items("2"));
		supportAndClubs.addAll(items("3"));
		meetings.recordReport(id, new ReportDraft(1, p.get("aigerim-zhumakulova"), null,
				"«Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу бойынша 2023 жылға 20 іс-шара "
						+ "жоспарланып, толығымен орындалды. Аталған іс-шара аясында «Отбасындағы зорлық-зомбылықсыз "
						+ "Қазақстан» жобасы жүзеге асырылып «Бәйтерек» жастар ұйымы жеңімпаз атанды. Бүгінгі күнге дейін "
						+ "20 кездесу өткізіліп, оған 5 мыңнан астам жас қатысты.»",
				"«По профилактике бытового насилия и разъяснительной работе на 2023 год было запланировано "
						+ "20 мероприятий, все они проведены. В рамках этой работы реализован проект «Казахстан без "
						+ "бытового насилия», победителем стала молодёжная организация «Байтерек». На сегодняшний день "
						+ "проведено 20 встреч, в которых приняли участие более 5 тысяч молодых людей.»",
				"\"For preventing domestic violence, 20 events were planned for 2023 and all were held. Within this work "
						+ "the project \"Kazakhstan without domestic violence\" ran, and the youth organisation "
						+ "\"Baiterek\" won it. So far 20 meetings have been held with more than 5,000 young people.\"",
				violence));
		meetings.recordReport(id, new ReportDraft(1, p.get("bauyrzhan-oryntaev"), null,
				"«Өмірлік қиын жағдайға тап болған жастарға психологиялық қолдау көрсету бойынша 2023 жылға 25 іс-шара "
						+ "жоспарланып, толық орындалды. 2024 жылға 4 мәдени-ағартушылық нысан салу жоспарлануда. "
						+ "Клубтардың ғимараты 2 қабаттан тұрады, онда кітапхана, оқу залы, спортпен жаттығу залы және "
						+ "мүмкіндігі шектеулі жандарға арналған санитарлық торап орнатылады.»",
				"«По психологической поддержке молодёжи, оказавшейся в трудной жизненной ситуации, на 2023 год было "
						+ "запланировано 25 мероприятий, все они проведены. На 2024 год запланировано строительство "
						+ "4 культурно-просветительских объектов. Здания клубов двухэтажные: в них будут библиотека, "
						+ "читальный зал, спортивный зал и санузел для людей с ограниченными возможностями.»",
				"\"For psychological support of young people in hard life situations, 25 events were planned for 2023 "
						+ "and all were held. 4 cultural-educational facilities are planned for 2024: two-storey clubs "
						+ "with a library, a reading room, a gym and an accessible sanitary unit.\"",
				supportAndClubs));

		long cultureDirection = direction("culture");
		long youthDirection = direction("youth");
		long p1 = meetings.raiseProposal(id, p.get("example-member-1"),
				"Жаңа салынатын клубтардың жанынан балаларға арналған ұлттық өнер (домбыра, күй, қолөнер) үйірмелерін "
						+ "ашу және оларды ауыл жастары үшін тегін ету.",
				cultureDirection, Language.KK);
		long p2 = meetings.raiseProposal(id, p.get("example-member-2"),
				"«Отбасындағы зорлық-зомбылықсыз Қазақстан» жобасын мектептерге кеңейтіп, «Бәйтерек» жастар ұйымының "
						+ "еріктілерін жоба жетекшісі ретінде тарту.",
				youthDirection, Language.KK);
		long p3 = meetings.raiseProposal(id, p.get("mombek-abdiakimuly"),
				"Қаланың тарихи-мәдени мұра нысандарының цифрлық картасын жасап, оны жастарға арналған өлкетану "
						+ "маршруттарымен толықтыру.",
				cultureDirection, Language.KK);
		for (long proposal : List.of(p1, p2, p3)) {
			proposals.markExample(proposal);
		}
		LocalDate conclusionsDue = LocalDate.of(2024, 12, 16);
		proposals.takeUnderReview(p1, proposalVersion(p1), culture, conclusionsDue);
		proposals.takeUnderReview(p2, proposalVersion(p2), youth, conclusionsDue);
		proposals.takeUnderReview(p3, proposalVersion(p3), culture, conclusionsDue);

		decisions.decide(id, new DecisionTerms(1,
				"Ішкі саясат және жастар істері жөніндегі басқарма мен Мәдениет, тілдерді дамыту және архивтер "
						+ "басқармасы отырыста айтылған әрбір ұсыныс бойынша қорытынды шығарып, кеңеске жолдасын.",
				"Управлению внутренней политики и по делам молодёжи и Управлению культуры, развития языков и архивов "
						+ "подготовить заключения по каждому предложению, прозвучавшему на заседании, и направить их "
						+ "в совет.",
				"The departments of internal policy and youth affairs and of culture, language development and "
						+ "archives to draw conclusions on each proposal made at the meeting and send them to the council.",
				conclusionsDue, List.of(culture, youth)));
		long results = decisions.decide(id, new DecisionTerms(1,
				"Жол картасының мәдениет, жастар және дін салаларындағы іс-шараларының 2024 жылғы толық орындалуы "
						+ "туралы ақпаратты кеңестің келесі отырысына дайындау; 4 клуб ғимаратының құрылыс барысын ерекше "
						+ "бақылауда ұстау.",
				"Подготовить к следующему заседанию совета информацию о полном исполнении мероприятий Дорожной карты "
						+ "в сферах культуры, молодёжи и религии за 2024 год; держать на особом контроле ход "
						+ "строительства 4 зданий клубов.",
				"Prepare for the council's next meeting the full-year 2024 results of the Roadmap items in culture, "
						+ "youth and religion; keep the construction of the 4 club buildings under special watch.",
				LocalDate.of(2025, 1, 31), List.of(culture, youth)));
		meetings.markHeld(id, version(id));
		meetings.signProtocol(id, version(id), LocalDate.of(2024, 11, 18));
		// followed up after the meeting: the culture department reported and the secretary closed the point
		decisions.reportFollowUp(results, decisionVersion(results), culture,
				"2024 жылдың қорытындысы бойынша ақпарат дайындалып, кеңес хатшылығына жолданды; 4 клубтың құрылысы "
						+ "апта сайын бақылауда.");
		decisions.complete(results, decisionVersion(results));
	}

	private int version(long meetingId) {
		return queries.record(meetingId).map(MeetingRecord::version).orElseThrow();
	}

	private int decisionVersion(long decisionId) {
		return queries.decision(decisionId).orElseThrow().version();
	}

	private int proposalVersion(long proposalId) {
		return proposalQueries.one(proposalId).orElseThrow().version();
	}

	private long unit(String code) {
		return units.findByCode(code).map(OrgUnit::getId)
			.orElseThrow(() -> new IllegalStateException("No org unit " + code));
	}

	private long direction(String code) {
		return catalog.directionByCode(code).map(d -> d.getId())
			.orElseThrow(() -> new IllegalStateException("No direction " + code));
	}

	/** The seed's roadmap items, by number in the Shymkent roadmap (none when the roadmap demo is missing). */
	private List<Long> items(String number) {
		return catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM)
			.flatMap(r -> catalog.itemByNumber(r.id(), number)).map(ItemView::id).map(List::of).orElse(List.of());
	}
}
