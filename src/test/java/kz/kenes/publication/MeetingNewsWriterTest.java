package kz.kenes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.Post;
import kz.kenes.publication.MeetingRecord.Attendee;
import kz.kenes.publication.MeetingRecord.Figure;
import kz.kenes.publication.MeetingRecord.Program;
import kz.kenes.publication.MeetingRecord.Report;
import kz.kenes.publication.MeetingRecord.Unit;

/**
 * The news about the "Miras" meeting written from its record (names as the demo org structure and roadmap hold
 * them) reproduces the seed's sentences.
 */
class MeetingNewsWriterTest {

	static final Unit BRANCH = new Unit(2L, OrgUnitKind.CITY_BRANCH, new LocalizedText(
			"«AMANAT» партиясының Шымкент қалалық филиалы", "Шымкентский городской филиал партии «AMANAT»",
			"Shymkent city branch of the AMANAT party"));
	static final Unit MIRAS = new Unit(3L, OrgUnitKind.COUNCIL, new LocalizedText(
			"Азаматтық қоғам мен мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесі",
			"Региональный совет «Miras» по развитию гражданского общества и культуры",
			"\"Miras\" regional council for the development of civil society and culture"));
	static final Unit YOUTH = new Unit(6L, OrgUnitKind.DEPARTMENT, new LocalizedText(
			"Ішкі саясат және жастар істері жөніндегі басқарма", "Управление внутренней политики и по делам молодежи",
			"Department of Internal Policy and Youth Affairs"));
	static final Unit CULTURE = new Unit(7L, OrgUnitKind.DEPARTMENT, new LocalizedText(
			"Мәдениет, тілдерді дамыту және архивтер басқармасы", "Управление культуры, развития языков и архивов",
			"Department of Culture, Language Development and Archives"));

	static final Attendee ZHOLDYKHOZHAEV = new Attendee(
			new LocalizedText("Мұрат Жолдыхожаев", "Мурат Жолдыхожаев", "Murat Zholdykhozhaev"), Post.EXECUTIVE_SECRETARY,
			BRANCH);
	static final Attendee ABDIAKIMULY = new Attendee(
			new LocalizedText("Момбек Әбдіәкімұлы", "Момбек Абдиакимулы", "Mombek Abdiakimuly"), Post.CHAIR, MIRAS);
	static final Attendee ZHUMAKULOVA = new Attendee(
			new LocalizedText("Айгерім Жұмақұлова", "Айгерим Жумакулова", "Aigerim Zhumakulova"),
			Post.HEAD_OF_DEPARTMENT, YOUTH);
	static final Attendee ORYNTAEV = new Attendee(
			new LocalizedText("Бауыржан Орынтаев", "Бауыржан Орынтаев", "Bauyrzhan Oryntaev"), Post.HEAD_OF_DEPARTMENT,
			CULTURE);

	static MeetingRecord miras() {
		Figure violence = new Figure(new LocalizedText(
				"Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу",
				"Профилактика бытового насилия, проведение разъяснительной работы", null), "EVENTS", 2023,
				new BigDecimal("20.00"), new BigDecimal("20"));
		Figure support = new Figure(new LocalizedText(
				"Өмірлік қиын жағдайға тап болған жастарға психологиялық қолдау көрсету",
				"Оказание психологической поддержки молодёжи, оказавшейся в трудной жизненной ситуации", null),
				"EVENTS", 2023, new BigDecimal("25"), new BigDecimal("25"));
		Figure clubs = new Figure(new LocalizedText("Мәдени-ағартушылық нысандар салу",
				"Строительство культурно-просветительских объектов", null), "FACILITIES", 2024, new BigDecimal("4"),
				null);
		Figure reached = new Figure(violence.subject(), "PARTICIPANTS", 2024, new BigDecimal("5000"),
				new BigDecimal("5200"));
		// The secretary records what the speaker said, figures included, in quotation marks (as the meeting module does).
		Report youth = new Report(ZHUMAKULOVA, null, List.of(violence, reached), new LocalizedText(
				"«Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын жүргізу бойынша 2023 жылға 20 іс-шара жоспарланып, толығымен орындалды. Аталған іс-шара аясында «Отбасындағы зорлық-зомбылықсыз Қазақстан» жобасы жүзеге асырылып «Бәйтерек» жастар ұйымы жеңімпаз атанды. Бүгінгі күнге дейін 20 кездесу өткізіліп, оған 5 мыңнан астам жас қатысты.»",
				"«По профилактике бытового насилия на 2023 год было запланировано 20 мероприятий, все они исполнены. В рамках мероприятия реализован проект «Казахстан без бытового насилия», победителем стала молодежная организация «Байтерек». На сегодняшний день проведено 20 встреч, в которых приняли участие более 5 тысяч молодых людей.»",
				null));
		Report culture = new Report(ORYNTAEV,
				new LocalizedText("қаладағы мәдени саланың дамуы", "развитие культурной сферы города", null),
				List.of(support, clubs), null);
		return new MeetingRecord(10L, LocalDate.of(2024, 11, 15),
				new LocalizedText("«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT party"), BRANCH, MIRAS,
				new Program(new LocalizedText(
						"«AMANAT» партиясының 2023-2027 жылдарға арналған «Халықпен бірге!» сайлауалды бағдарламасы",
						"Предвыборная программа партии «AMANAT» «Халықпен бірге!» на 2023-2027 годы", null), 2023, 2027),
				List.of(new LocalizedText("Мәдениет", "Культура", "Culture"),
						new LocalizedText("Жастар", "Молодёжь", "Youth"), new LocalizedText("Дін", "Религия", "Religion")),
				2024, 10, List.of(ZHOLDYKHOZHAEV, ABDIAKIMULY), true, true, List.of(youth, culture),
				List.of(new LocalizedText("Өңірдегі мәдени саланың дамуына серпін беретін жобаларды қолдау",
						"Поддержать проекты, дающие импульс развитию культурной сферы региона", null)),
				0);
	}

	final MeetingNewsWriter writer = new MeetingNewsWriter();

	@Test
	void kazakhNewsHasTheSeedsSentences() {
		NewsDraft draft = writer.write(miras());
		assertThat(draft.title().kk()).isEqualTo("«AMANAT» ПАРТИЯСЫ: «MIRAS» АЙМАҚТЫҚ КЕҢЕСІНІҢ ОТЫРЫСЫ ӨТТІ");
		List<String> body = draft.body().kk().lines().toList();
		// the seed's opening, with the date the seed left out (running-text form: the lead gives the year)
		assertThat(body.get(0)).isEqualTo("15 қарашада «AMANAT» партиясы Шымкент қалалық филиалы жанындағы азаматтық қоғам мен "
				+ "мәдениетті дамыту жөніндегі «Miras» аймақтық кеңесінің отырысы өтті.");
		assertThat(body.get(1)).isEqualTo("Жиынға партия филиалының Атқарушы хатшысы Мұрат Жолдыхожаев, «Miras» "
				+ "аймақтық кеңесінің төрағасы Момбек Әбдіәкімұлы және салалық басқарма басшылары мен кеңес мүшелері "
				+ "қатысты.");
		assertThat(body.get(2)).isEqualTo("Отырыста «AMANAT» партиясының 2023-2027 жылдарға арналған «Халықпен "
				+ "бірге!» сайлауалды бағдарламасын іске асыру жөніндегі Жол картасының мәдениет, жастар және дін "
				+ "салалары бойынша 2024 жылдың 10 айындағы орындалуы талқыланды. Ішкі саясат және жастар істері "
				+ "жөніндегі басқармасының басшысы Айгерім Жұмақұлова атқарылған жұмыстарды қысқаша баяндап берді.");
		assertThat(body.get(3)).isEqualTo("«Отбасындағы зорлық-зомбылықтың алдын алу, түсіндірме жұмыстарын "
				+ "жүргізу бойынша 2023 жылға 20 іс-шара жоспарланып, толығымен орындалды. Аталған іс-шара аясында "
				+ "«Отбасындағы зорлық-зомбылықсыз Қазақстан» жобасы жүзеге асырылып «Бәйтерек» жастар ұйымы жеңімпаз "
				+ "атанды. Бүгінгі күнге дейін 20 кездесу өткізіліп, оған 5 мыңнан астам жас қатысты», — деді Айгерім "
				+ "Жұмақұлова.");
		assertThat(body.get(4)).startsWith("Мәдениет, тілдерді дамыту және архивтер басқармасының басшысы Бауыржан "
				+ "Орынтаев қаладағы мәдени саланың дамуы жөнінде мәлімет берді. «Өмірлік қиын жағдайға тап болған "
				+ "жастарға психологиялық қолдау көрсету бойынша 2023 жылға 25 іс-шара жоспарланып, толығымен "
				+ "орындалды. ")
			.endsWith("Мәдени-ағартушылық нысандар салу бойынша 2024 жылға 4 нысан жоспарлануда», — деді Бауыржан Орынтаев.");
		assertThat(body.get(5)).startsWith("Жиын барысында қатысушылар ұсыныс айтып, мәселелерді жан-жақты "
				+ "талқылады. Ұсыныстар: 1) өңірдегі мәдени саланың дамуына серпін беретін жобаларды қолдау.")
			.endsWith("Тиісті сала басшылары айтылған ұсыныстар бойынша қорытынды шығарылатынын жеткізді.");
		assertThat(draft.lead().kk()).isEqualTo("2024 жылғы 15 қарашада «AMANAT» партиясы Шымкент қалалық филиалы "
				+ "жанындағы «Miras» аймақтық кеңесінің отырысы өтті. Жиын барысында қатысушылар ұсыныс айтып, "
				+ "мәселелерді жан-жақты талқылады.");
	}

	@Test
	void russianNewsIsWrittenFromRussianTemplates() {
		NewsDraft draft = writer.write(miras());
		assertThat(draft.title().ru()).isEqualTo("ПАРТИЯ «AMANAT»: СОСТОЯЛОСЬ ЗАСЕДАНИЕ РЕГИОНАЛЬНОГО СОВЕТА «MIRAS»");
		List<String> body = draft.body().ru().lines().toList();
		assertThat(draft.lead().ru()).startsWith("15 ноября 2024 года состоялось заседание регионального совета «Miras» "
				+ "при Шымкентском городском филиале партии «AMANAT».");
		assertThat(body.get(0)).isEqualTo("15 ноября состоялось заседание регионального совета «Miras» по развитию гражданского "
				+ "общества и культуры при Шымкентском городском филиале партии «AMANAT».");
		assertThat(body.get(1)).isEqualTo("В заседании приняли участие исполнительный секретарь филиала партии Мурат "
				+ "Жолдыхожаев, председатель регионального совета «Miras» Момбек Абдиакимулы, руководители отраслевых "
				+ "управлений города и члены совета.");
		assertThat(body.get(2)).isEqualTo("На заседании обсуждено исполнение за 10 месяцев 2024 года Дорожной карты по "
				+ "реализации Предвыборной программы партии «AMANAT» «Халықпен бірге!» на 2023-2027 годы по "
				+ "направлениям культуры, молодёжи и религии. Руководитель Управления внутренней политики и по делам "
				+ "молодежи Айгерим Жумакулова кратко доложила о проделанной работе.");
		assertThat(body.get(3)).startsWith("«По профилактике бытового насилия на 2023 год было запланировано 20 "
				+ "мероприятий, все они исполнены.")
			.endsWith("приняли участие более 5 тысяч молодых людей», — сказала Айгерим Жумакулова.");
		assertThat(body.get(4)).contains("«По пункту Дорожной карты «Оказание психологической поддержки молодёжи, "
				+ "оказавшейся в трудной жизненной ситуации» на 2023 год было запланировано 25 мероприятий, все они "
				+ "исполнены.");
		assertThat(body.get(4)).startsWith("Руководитель Управления культуры, развития языков и архивов Бауыржан "
				+ "Орынтаев выступил с информацией на тему «развитие культурной сферы города».")
			.contains("на 2024 год запланировано 4 объекта», — сказал")
			.endsWith("— сказал Бауыржан Орынтаев.");
		assertThat(body.get(5)).startsWith("В ходе заседания участники внесли 1 предложение и всесторонне обсудили вопросы.");
	}

	@Test
	void numbersAgreeInBothLanguages() {
		Figure partial = new Figure(new LocalizedText("Акциялар өткізу", "Проведение акций", null), "EVENTS", 2024,
				new BigDecimal("21"), new BigDecimal("14"));
		assertThat(MeetingNewsWriter.figureKk(partial))
			.isEqualTo("Акциялар өткізу бойынша 2024 жылға 21 іс-шара жоспарланып, оның 14 іс-шара орындалды.");
		assertThat(MeetingNewsWriter.figureRu(partial)).isEqualTo("По пункту Дорожной карты «Проведение акций» на 2024 "
				+ "год было запланировано 21 мероприятие, исполнено 14 мероприятий.");
		MeetingRecord wholeYear = new MeetingRecord(null, LocalDate.of(2025, 1, 20), miras().partyName(), BRANCH, MIRAS,
				miras().agenda().get(0).program(), List.of(), 2024, 12, List.of(), false, false, List.of(), List.of(), 3);
		assertThat(MeetingNewsWriter.periodKk(wholeYear)).isEqualTo("2024 жылғы");
		assertThat(MeetingNewsWriter.periodRu(wholeYear)).isEqualTo("за 2024 год");
		assertThat(writer.write(wholeYear).body().ru()).contains("По итогам заседания приняты 3 решения");
		assertThat(writer.write(wholeYear).body().kk()).contains("Отырыс қорытындысы бойынша 3 шешім қабылданып");
	}
}
