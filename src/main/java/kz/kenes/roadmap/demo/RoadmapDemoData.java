package kz.kenes.roadmap.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.KenesUser;
import kz.kenes.identity.Role;
import kz.kenes.identity.RoleGrant;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;
import kz.kenes.roadmap.Aggregation;
import kz.kenes.roadmap.CompletionForm;
import kz.kenes.roadmap.Deadline;
import kz.kenes.roadmap.DeadlineKind;
import kz.kenes.roadmap.Direction;
import kz.kenes.roadmap.Directions;
import kz.kenes.roadmap.FundingSource;
import kz.kenes.roadmap.Indicator;
import kz.kenes.roadmap.IndicatorUnit;
import kz.kenes.roadmap.ItemDetails;
import kz.kenes.roadmap.Program;
import kz.kenes.roadmap.ProgramState;
import kz.kenes.roadmap.ProgramTask;
import kz.kenes.roadmap.ProgramTasks;
import kz.kenes.roadmap.Programs;
import kz.kenes.roadmap.Roadmap;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapItem;
import kz.kenes.roadmap.RoadmapItems;
import kz.kenes.roadmap.RoadmapPlanning;

/**
 * The roadmap of the seed news item: the program «Халықпен бірге!» 2023–2027, the directions culture, youth and
 * religion, the Shymkent city branch roadmap (approved) with the three items the news item quotes (numbers 1–3)
 * and twenty example items (4–23, marked as examples). One target is revised after approval, so that pages show an
 * original and a revised value. Loaded once: a second start finds the program by its code and adds nothing.
 */
@Component
@Order(DemoDataOrder.ROADMAP)
class RoadmapDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(RoadmapDemoData.class);
	private static final int FIRST_YEAR = 2023;
	private static final int LAST_YEAR = 2027;
	/** Code of the earlier program, superseded by the demo program. */
	static final String EARLIER_PROGRAM = "ozgerister-zholy-2021-2025";
	/** The second region of the demo (its bodies come from the organization module's demo data). */
	static final String TURKISTAN_BRANCH = "turkistan-branch";

	private final Programs programs;
	private final ProgramTasks tasks;
	private final Directions directions;
	private final RoadmapItems items;
	private final RoadmapPlanning planning;
	private final OrgUnits units;
	private final RoadmapCatalog catalog;

	RoadmapDemoData(Programs programs, ProgramTasks tasks, Directions directions, RoadmapItems items,
			RoadmapPlanning planning, OrgUnits units, RoadmapCatalog catalog) {
		this.catalog = catalog;
		this.programs = programs;
		this.tasks = tasks;
		this.directions = directions;
		this.items = items;
		this.planning = planning;
		this.units = units;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		addEarlierProgram();
		OrgUnit party = units.findByCode("amanat").orElse(null);
		if (party == null) {
			log.warn("No org unit 'amanat': roadmap demo data not loaded");
			return;
		}
		KenesUser loader = new KenesUser(0, "demo-data", "", "Demo data", null, Language.KK, true,
				Set.of(new RoleGrant(Role.ADMIN, party.getId())));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(loader, null, loader.getAuthorities()));
		try {
			if (programs.findByCode(RoadmapCatalog.DEMO_PROGRAM).isEmpty()) {
				load(party);
				log.info("Demo roadmap loaded: «Халықпен бірге!» 2023–2027, Shymkent city branch");
			}
			addTurkistanRoadmap();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The Turkistan regional branch's roadmap of the same program (approved by the centre in June 2023, as the 20
	 * regional roadmaps were), with items of its education and youth departments, so that every roadmap list, the
	 * progress by region and the open data show a second region. Added once, when the region's bodies exist.
	 */
	private void addTurkistanRoadmap() {
		Long branch = units.findByCode(TURKISTAN_BRANCH).map(OrgUnit::getId).orElse(null);
		Program program = programs.findByCode(RoadmapCatalog.DEMO_PROGRAM).orElse(null);
		if (branch == null || program == null
				|| catalog.roadmapOf(TURKISTAN_BRANCH, RoadmapCatalog.DEMO_PROGRAM).isPresent()) {
			return;
		}
		ProgramTask task = tasks.findByProgramIdOrderByNumber(program.getId()).stream().findFirst().orElse(null);
		Direction youth = directions.findByCode("youth").orElseThrow();
		Direction culture = directions.findByCode("culture").orElseThrow();
		long education = unit("tk-dept-education");
		long youthDept = unit("tk-dept-youth");
		long r = planning.startRoadmap(program.getId(), branch).getId();
		indicator(item(r, false, "1", task, youth, "Мектеп оқушылары арасында құқықтық сауаттылық апталықтарын өткізу",
				"Проведение недель правовой грамотности среди школьников",
				"Legal literacy weeks for schoolchildren", CompletionForm.INFORMATION, annually(), "4500000",
				FundingSource.LOCAL_BUDGET, education, youthDept), "Өткізілген апталықтар", "Проведено недель",
				"Weeks held", IndicatorUnit.EVENTS, Aggregation.SUM, 12, 12, 12, 12, 12);
		indicator(item(r, false, "2", task, youth, "Ауылдық округтерде жастарға арналған кәсіптік бағдар беру кездесулері",
				"Встречи по профориентации молодёжи в сельских округах",
				"Career guidance meetings for young people in rural districts", CompletionForm.INFORMATION,
				annually(), "2000000", FundingSource.LOCAL_BUDGET, youthDept), "Өткізілген кездесулер",
				"Проведено встреч", "Meetings held", IndicatorUnit.EVENTS, Aggregation.SUM, 24, 30, 30, 30, 30);
		indicator(item(r, false, "3", task, culture, "Мектептерде оқырмандар клубтарын ашу",
				"Открытие читательских клубов в школах", "Reading clubs opened in schools",
				CompletionForm.REPORT, Deadline.on(LocalDate.of(LAST_YEAR, 12, 31)), "1500000",
				FundingSource.LOCAL_BUDGET, education), "Ашылған клубтар", "Открыто клубов", "Clubs opened",
				IndicatorUnit.FACILITIES, Aggregation.SUM, 5, 10, 10, 10, 5);
		planning.approve(r, LocalDate.of(2023, 6, 20));
		log.info("Demo roadmap loaded: «Халықпен бірге!» 2023–2027, Turkistan regional branch");
	}

	private void load(OrgUnit party) {
		Direction culture = directions.findByCode("culture").orElseGet(() -> directions.save(new Direction("culture",
				new LocalizedText("Мәдениет", "Культура", "Culture"), 1)));
		Direction youth = directions.findByCode("youth").orElseGet(() -> directions.save(new Direction("youth",
				new LocalizedText("Жастар саясаты", "Молодёжная политика", "Youth"), 2)));
		Direction religion = directions.findByCode("religion").orElseGet(() -> directions.save(new Direction(
				"religion", new LocalizedText("Дін", "Религия", "Religion"), 3)));

		Program program = programs.save(new Program(RoadmapCatalog.DEMO_PROGRAM,
				new LocalizedText("«AMANAT» партиясының 2023-2027 жылдарға арналған «Халықпен бірге!» сайлауалды бағдарламасы",
						"Предвыборная программа партии «AMANAT» «Халықпен бірге!» на 2023-2027 годы",
						"AMANAT party pre-election program \"Khalyqpen birge!\" (Together with the people!) 2023-2027"),
				party.getId(), FIRST_YEAR, LAST_YEAR));
		ProgramTask heritage = task(program, 1, "Ұлттық құндылықтар мен мәдени мұраны сақтау",
				"Сохранение национальных ценностей и культурного наследия",
				"Preserving national values and cultural heritage");
		ProgramTask youthTask = task(program, 2, "Жастардың әлеуетін ашу және оларды қолдау",
				"Раскрытие потенциала молодёжи и её поддержка", "Unlocking and supporting young people's potential");
		ProgramTask family = task(program, 3, "Отбасы институтын нығайту, зорлық-зомбылықтың алдын алу",
				"Укрепление института семьи, профилактика насилия", "Strengthening families, preventing violence");
		ProgramTask infrastructure = task(program, 4, "Мәдени инфрақұрылымды дамыту",
				"Развитие культурной инфраструктуры", "Developing cultural infrastructure");
		ProgramTask harmony = task(program, 5, "Конфессияаралық келісімді нығайту",
				"Укрепление межконфессионального согласия", "Strengthening interfaith harmony");

		long branch = unit("shymkent-branch");
		long deptYouth = unit("dept-youth");
		long deptCulture = unit("dept-culture");
		long akimat = unit("shymkent-akimat");
		long baiterek = unit("baiterek");
		long miras = unit("miras-council");
		Roadmap roadmap = planning.startRoadmap(program.getId(), branch);
		long r = roadmap.getId();

		// (1)–(3): the items the seed news item quotes.
		RoadmapItem violence = item(r, false, "1", family, youth,
				"Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу",
				"Профилактика бытового насилия, проведение разъяснительной работы",
				"Prevention of domestic violence and explanatory work", CompletionForm.INFORMATION,
				annually(), "12000000", FundingSource.LOCAL_BUDGET, deptYouth);
		indicator(violence, "Өткізілген іс-шаралар саны", "Количество проведённых мероприятий", "Events held",
				IndicatorUnit.EVENTS, Aggregation.SUM, 20, 20, 22, 24, 25);
		indicator(violence, "Қамтылған жастар саны", "Охват молодёжи", "Young people reached",
				IndicatorUnit.PARTICIPANTS, Aggregation.SUM, 4000, 5000, 5500, 6000, 6500);

		RoadmapItem support = item(r, false, "2", youthTask, youth,
				"Өмірлік қиын жағдайға тап болған жастарға психологиялық қолдау көрсету",
				"Оказание психологической поддержки молодёжи, оказавшейся в трудной жизненной ситуации",
				"Psychological support for young people in difficult life situations", CompletionForm.REPORT,
				annually(), "8500000", FundingSource.LOCAL_BUDGET, deptCulture, deptYouth);
		indicator(support, "Өткізілген іс-шаралар саны", "Количество проведённых мероприятий", "Events held",
				IndicatorUnit.EVENTS, Aggregation.SUM, 25, 25, 30, 30, 30);

		RoadmapItem clubs = item(r, false, "3", infrastructure, culture,
				"4 мәдени-ағартушылық нысан салу: кітапханасы, оқу залы, спорт залы және мүмкіндігі шектеулі жандарға арналған санитарлық торабы бар екі қабатты клубтар",
				"Строительство 4 культурно-просветительских объектов: двухэтажные клубы с библиотекой, читальным залом, спортивным залом и санузлом для лиц с ограниченными возможностями",
				"Building 4 cultural-educational facilities: two-storey clubs with a library, reading room, gym and an accessible sanitary unit",
				CompletionForm.FACILITY, Deadline.on(LocalDate.of(2024, 12, 31)), "1840000000",
				FundingSource.LOCAL_BUDGET, deptCulture, akimat);
		indicator(clubs, "Пайдалануға берілген нысандар", "Введено в эксплуатацию объектов",
				"Facilities put into service", IndicatorUnit.FACILITIES, Aggregation.MAX, Map.of(2024, 4));

		// (4)–(23): examples, written like a city roadmap, so that pages and charts look real.
		indicator(item(r, true, "4", heritage, culture, "Ұлттық домбыра күніне арналған қалалық фестиваль өткізу",
				"Проведение городского фестиваля, посвящённого Национальному дню домбры",
				"City festival for the National Dombra Day", CompletionForm.EVENT, annually(), "15000000",
				FundingSource.LOCAL_BUDGET, deptCulture), "Фестиваль қатысушылары", "Участники фестиваля",
				"Festival participants", IndicatorUnit.PARTICIPANTS, Aggregation.SUM, 2500, 3000, 3000, 3500, 3500);
		indicator(item(r, true, "5", heritage, culture, "Қалалық кітапханаларда «Оқитын ұлт» жобасын іске асыру",
				"Реализация проекта «Читающая нация» в городских библиотеках",
				"\"Reading Nation\" project in the city libraries", CompletionForm.REPORT,
				Deadline.recurring(DeadlineKind.QUARTERLY, LAST_YEAR), "4200000", FundingSource.WITHIN_ALLOCATED,
				deptCulture), "Кітап оқу іс-шаралары", "Мероприятия по чтению", "Reading events",
				IndicatorUnit.EVENTS, Aggregation.SUM, 40, 40, 45, 45, 50);
		indicator(item(r, true, "6", heritage, culture,
				"Тарихи-мәдени мұра объектілерін паспорттау және тізімін жаңарту",
				"Паспортизация объектов историко-культурного наследия и актуализация их списка",
				"Certifying historical and cultural heritage sites and updating their list", CompletionForm.ACT,
				Deadline.on(LocalDate.of(2025, 6, 30)), "25000000", FundingSource.LOCAL_BUDGET, deptCulture),
				"Паспортталған нысандар", "Паспортизировано объектов", "Sites certified", IndicatorUnit.UNITS,
				Aggregation.SUM, Map.of(2024, 30, 2025, 20));
		indicator(item(r, true, "7", heritage, culture,
				"Мемлекеттік тілді дамыту бойынша «Тіл – ұлт тірегі» байқауын өткізу",
				"Проведение конкурса «Язык – опора нации» по развитию государственного языка",
				"\"Language is the pillar of the nation\" contest for the state language", CompletionForm.EVENT,
				annually(), "3000000", FundingSource.LOCAL_BUDGET, deptCulture, deptYouth), "Байқауға қатысушылар",
				"Участники конкурса", "Contest participants", IndicatorUnit.PARTICIPANTS, Aggregation.SUM, 600, 800,
				900, 1000, 1000);
		indicator(item(r, true, "8", heritage, culture, "Мұрағат құжаттарын цифрландыру",
				"Оцифровка архивных документов", "Digitising archive documents", CompletionForm.REPORT, annually(),
				"18000000", FundingSource.REPUBLICAN_BUDGET, deptCulture), "Цифрланған құжаттар",
				"Оцифровано документов", "Documents digitised", IndicatorUnit.DOCUMENTS, Aggregation.SUM, 15000,
				20000, 20000, 25000, 25000);
		indicator(item(r, true, "9", heritage, culture, "Шымкент театрларының гастрольдік сапарларын ұйымдастыру",
				"Организация гастролей театров Шымкента", "Tours of Shymkent theatres", CompletionForm.EVENT,
				Deadline.recurring(DeadlineKind.SEMIANNUALLY, LAST_YEAR), "22000000", FundingSource.LOCAL_BUDGET,
				deptCulture), "Гастрольдер саны", "Количество гастролей", "Tours", IndicatorUnit.EVENTS,
				Aggregation.SUM, 4, 4, 4, 6, 6);
		indicator(item(r, true, "10", infrastructure, culture, "Ауылдық клубтар мен мәдениет үйлерін күрделі жөндеу",
				"Капитальный ремонт сельских клубов и домов культуры",
				"Major repair of village clubs and houses of culture", CompletionForm.ACT,
				Deadline.on(LocalDate.of(2026, 12, 31)), "640000000", FundingSource.LOCAL_BUDGET, deptCulture,
				akimat), "Жөнделген нысандар", "Отремонтировано объектов", "Facilities repaired",
				IndicatorUnit.FACILITIES, Aggregation.MAX, Map.of(2025, 2, 2026, 3));
		indicator(item(r, true, "11", heritage, culture,
				"Халық шығармашылығы ұжымдарына «халықтық» атағын беру бойынша ұсыныстар дайындау",
				"Подготовка предложений о присвоении коллективам народного творчества звания «народный»",
				"Proposals to award folk art groups the title of \"people's\" group", CompletionForm.ANALYTICAL_NOTE,
				annually(), null, FundingSource.NOT_REQUIRED, deptCulture), "Ұсыныстар", "Предложения",
				"Proposals", IndicatorUnit.DOCUMENTS, Aggregation.SUM, 2, 2, 2, 2, 2);
		indicator(item(r, true, "12", youthTask, youth, "«Жасыл ел» жастар еңбек жасақтарын ұйымдастыру",
				"Организация молодёжных трудовых отрядов «Жасыл ел»", "\"Zhasyl el\" youth work brigades",
				CompletionForm.REPORT, annually(), "95000000", FundingSource.LOCAL_BUDGET, deptYouth, akimat),
				"Жұмысқа орналасқан жастар", "Трудоустроено молодёжи", "Young people employed", IndicatorUnit.PEOPLE,
				Aggregation.SUM, 1000, 1200, 1200, 1300, 1400);
		indicator(item(r, true, "13", youthTask, youth,
				"Жастар ресурстық орталығында кәсіптік бағдар беру кеңестерін өткізу",
				"Проведение профориентационных консультаций в Молодёжном ресурсном центре",
				"Career guidance in the Youth Resource Centre", CompletionForm.INFORMATION,
				Deadline.recurring(DeadlineKind.QUARTERLY, LAST_YEAR), null, FundingSource.WITHIN_ALLOCATED,
				deptYouth), "Кеңес алған жастар", "Получили консультацию", "Young people advised",
				IndicatorUnit.PARTICIPANTS, Aggregation.SUM, 1800, 2000, 2200, 2400, 2500);
		RoadmapItem prevention = item(r, true, "14", family, youth,
				"Жастар арасында құқық бұзушылықтың және нашақорлықтың алдын алу бойынша акциялар өткізу",
				"Проведение акций по профилактике правонарушений и наркомании среди молодёжи",
				"Campaigns preventing offences and drug use among young people", CompletionForm.EVENT,
				Deadline.recurring(DeadlineKind.PERMANENTLY, LAST_YEAR), "6000000", FundingSource.LOCAL_BUDGET,
				deptYouth, baiterek);
		Indicator campaigns = indicator(prevention, "Өткізілген акциялар", "Проведено акций", "Campaigns held",
				IndicatorUnit.EVENTS, Aggregation.SUM, 30, 30, 30, 32, 35);
		indicator(item(r, true, "15", youthTask, youth,
				"Мемлекеттік әлеуметтік тапсырыс аясында жастар бастамаларына гранттар беру",
				"Предоставление грантов на молодёжные инициативы в рамках государственного социального заказа",
				"Grants for youth initiatives under the state social order", CompletionForm.DECISION, annually(),
				"60000000", FundingSource.LOCAL_BUDGET, deptYouth), "Берілген гранттар", "Выдано грантов",
				"Grants awarded", IndicatorUnit.UNITS, Aggregation.SUM, 12, 15, 15, 18, 20);
		indicator(item(r, true, "16", youthTask, youth, "«Біз біргеміз» волонтерлер форумын өткізу",
				"Проведение форума волонтёров «Біз біргеміз»", "\"Biz birgemiz\" volunteer forum",
				CompletionForm.EVENT, annually(), "5000000", FundingSource.SPONSORS, deptYouth, baiterek),
				"Форумға қатысушылар", "Участники форума", "Forum participants", IndicatorUnit.PARTICIPANTS,
				Aggregation.SUM, 400, 500, 500, 600, 600);
		indicator(item(r, true, "17", youthTask, youth,
				"NEET санатындағы жастарды жұмыспен қамту бағдарламаларына тарту",
				"Вовлечение молодёжи категории NEET в программы занятости",
				"Bringing NEET young people into employment programmes", CompletionForm.REPORT,
				Deadline.recurring(DeadlineKind.QUARTERLY, LAST_YEAR), null, FundingSource.WITHIN_ALLOCATED,
				deptYouth, akimat), "Тартылған жастар", "Вовлечено молодёжи", "Young people engaged",
				IndicatorUnit.PEOPLE, Aggregation.SUM, 1200, 1500, 1500, 1600, 1700);
		indicator(item(r, true, "18", family, youth,
				"Жас отбасыларға арналған «Бақытты отбасы» клубтарының жұмысын ұйымдастыру",
				"Организация работы клубов «Бақытты отбасы» для молодых семей",
				"\"Happy family\" clubs for young families", CompletionForm.EVENT,
				Deadline.recurring(DeadlineKind.PERMANENTLY, LAST_YEAR), "2500000", FundingSource.LOCAL_BUDGET,
				deptYouth, deptCulture), "Клуб отырыстары", "Заседания клубов", "Club meetings",
				IndicatorUnit.EVENTS, Aggregation.SUM, 12, 12, 12, 12, 12);
		RoadmapItem groups = item(r, true, "19", harmony, religion,
				"Деструктивті діни ағымдардың алдын алу бойынша ақпараттық-түсіндіру топтарының кездесулерін өткізу",
				"Проведение встреч информационно-разъяснительных групп по профилактике деструктивных религиозных течений",
				"Outreach group meetings preventing destructive religious movements", CompletionForm.INFORMATION,
				Deadline.recurring(DeadlineKind.QUARTERLY, LAST_YEAR), "7000000", FundingSource.LOCAL_BUDGET,
				deptYouth);
		indicator(groups, "Өткізілген кездесулер", "Проведено встреч", "Meetings held", IndicatorUnit.EVENTS,
				Aggregation.SUM, 120, 120, 130, 130, 140);
		indicator(groups, "Қамтылған тұрғындар", "Охват населения", "Residents reached",
				IndicatorUnit.PARTICIPANTS, Aggregation.SUM, 12000, 15000, 15000, 16000, 16000);
		indicator(item(r, true, "20", harmony, religion,
				"Дін істері жөніндегі мамандардың біліктілігін арттыру курстарын ұйымдастыру",
				"Организация курсов повышения квалификации специалистов по делам религий",
				"Refresher courses for specialists in religious affairs", CompletionForm.REPORT, annually(),
				"3500000", FundingSource.REPUBLICAN_BUDGET, deptYouth), "Оқытылған мамандар",
				"Обучено специалистов", "Specialists trained", IndicatorUnit.PEOPLE, Aggregation.SUM, 50, 60, 60,
				60, 70);
		indicator(item(r, true, "21", harmony, religion,
				"Конфессияаралық келісім күніне арналған дөңгелек үстел өткізу",
				"Проведение круглого стола, посвящённого Дню межконфессионального согласия",
				"Round table for the Day of Interfaith Harmony", CompletionForm.PROTOCOL, annually(), null,
				FundingSource.NOT_REQUIRED, deptYouth, miras), "Дөңгелек үстелдер", "Круглые столы",
				"Round tables", IndicatorUnit.EVENTS, Aggregation.SUM, 1, 1, 1, 1, 1);
		indicator(item(r, true, "22", harmony, religion,
				"Діни радикализмнен зардап шеккен азаматтармен оңалту орталығында жұмыс жүргізу",
				"Работа с гражданами, пострадавшими от религиозного радикализма, в реабилитационном центре",
				"Rehabilitation centre work with people affected by religious radicalism", CompletionForm.REPORT,
				Deadline.recurring(DeadlineKind.PERMANENTLY, LAST_YEAR), "30000000", FundingSource.LOCAL_BUDGET,
				deptYouth), "Оңалтудан өткен азаматтар", "Прошли реабилитацию", "People rehabilitated",
				IndicatorUnit.PEOPLE, Aggregation.SUM, 120, 150, 150, 150, 150);
		indicator(item(r, true, "23", harmony, religion, "Қаладағы діни ахуал бойынша талдамалық шолу дайындау",
				"Подготовка аналитического обзора религиозной ситуации в городе",
				"Analytical review of the religious situation in the city", CompletionForm.ANALYTICAL_NOTE,
				Deadline.recurring(DeadlineKind.SEMIANNUALLY, LAST_YEAR), null, FundingSource.NOT_REQUIRED,
				deptYouth), "Талдамалық шолулар", "Аналитические обзоры", "Reviews", IndicatorUnit.DOCUMENTS,
				Aggregation.SUM, 2, 2, 2, 2, 2);

		planning.approve(r, LocalDate.of(2023, 3, 15));
		// A revision after approval, so that pages show the approved original beside the revised plan.
		planning.planTarget(campaigns.getId(), null, 2025, new BigDecimal("36"),
				"«Miras» аймақтық кеңесінің ұсынысы бойынша акциялар саны көбейтілді");
	}

	/**
	 * The party's earlier program, adopted under its former name Nur Otan for the 2021 Mazhilis elections and
	 * superseded by «Халықпен бірге!»: so that lists show a program of the past beside the current one.
	 */
	private void addEarlierProgram() {
		if (programs.findByCode(EARLIER_PROGRAM).isPresent()) {
			return;
		}
		OrgUnit party = units.findByCode("amanat").orElse(null);
		if (party == null) {
			return;
		}
		Program earlier = new Program(EARLIER_PROGRAM,
				new LocalizedText("«Nur Otan» партиясының 2021-2025 жылдарға арналған «Өзгерістер жолы: әркімге лайықты өмір!» сайлауалды бағдарламасы",
						"Предвыборная программа партии «Nur Otan» «Путь перемен: достойную жизнь каждому!» на 2021-2025 годы",
						"Nur Otan party pre-election program \"The path of change: a decent life for everyone!\" 2021-2025"),
				party.getId(), 2021, 2025);
		earlier.describe(earlier.name(), party.getId(), 2021, 2025, ProgramState.SUPERSEDED);
		earlier = programs.save(earlier);
		task(earlier, 1, "Әр азаматқа сапалы білім мен денсаулық сақтау", "Качественное образование и здравоохранение для каждого",
				"Quality education and healthcare for everyone");
		task(earlier, 2, "Халықтың табысын арттыру және жұмыспен қамту", "Рост доходов населения и занятость",
				"Higher incomes and employment");
		task(earlier, 3, "Өңірлерді теңгерімді дамыту", "Сбалансированное развитие регионов",
				"Balanced development of the regions");
		log.info("Demo program loaded: «Өзгерістер жолы» 2021–2025 (superseded)");
	}

	private Deadline annually() {
		return Deadline.recurring(DeadlineKind.ANNUALLY, LAST_YEAR);
	}

	private ProgramTask task(Program program, int number, String kk, String ru, String en) {
		return tasks.save(new ProgramTask(program.getId(), number, new LocalizedText(kk, ru, en)));
	}

	private long unit(String code) {
		return units.findByCode(code).orElseThrow(() -> new IllegalStateException("No org unit " + code)).getId();
	}

	private RoadmapItem item(long roadmapId, boolean example, String number, ProgramTask task, Direction direction,
			String kk, String ru, String en, CompletionForm form, Deadline deadline, String cost,
			FundingSource funding, long lead, long... coExecutors) {
		RoadmapItem item = planning.addItem(roadmapId, new ItemDetails(number, new LocalizedText(kk, ru, en), form,
				task.getId(), direction.getId(), deadline, cost == null ? null : new BigDecimal(cost), funding, null,
				lead, Arrays.stream(coExecutors).boxed().toList()));
		if (example) {
			item.markAsExample();
			item = items.save(item);
		}
		return item;
	}

	/** An indicator with targets for 2023, 2024, … in order. */
	private Indicator indicator(RoadmapItem item, String kk, String ru, String en, IndicatorUnit unit,
			Aggregation aggregation, int... yearly) {
		Map<Integer, Integer> targets = new java.util.TreeMap<>();
		for (int i = 0; i < yearly.length; i++) {
			targets.put(FIRST_YEAR + i, yearly[i]);
		}
		return indicator(item, kk, ru, en, unit, aggregation, targets);
	}

	private Indicator indicator(RoadmapItem item, String kk, String ru, String en, IndicatorUnit unit,
			Aggregation aggregation, Map<Integer, Integer> targets) {
		Indicator indicator = planning.addIndicator(item.getId(), new LocalizedText(kk, ru, en), unit, aggregation);
		for (var target : new java.util.TreeMap<>(targets).entrySet()) {
			indicator = planning.planTarget(indicator.getId(), null, target.getKey(),
					BigDecimal.valueOf(target.getValue()), null);
		}
		return indicator;
	}

}
