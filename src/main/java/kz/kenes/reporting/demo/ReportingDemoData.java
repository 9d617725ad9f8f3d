package kz.kenes.reporting.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.DemoDataLoader;
import kz.kenes.platform.DemoDataOrder;
import kz.kenes.reporting.ActivityDetails;
import kz.kenes.reporting.ActivityLog;
import kz.kenes.reporting.Amenity;
import kz.kenes.reporting.Audience;
import kz.kenes.reporting.Facility;
import kz.kenes.reporting.FacilityStage;
import kz.kenes.reporting.PeriodReport;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.ReportWorkflow;
import kz.kenes.reporting.SubProject;
import kz.kenes.roadmap.IndicatorUnit;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapSummary;

/**
 * What the seed news item says was done, logged and reported by the departments themselves (users {@code youth},
 * {@code culture}) and accepted by the {@code secretary}: 2023 — 20 of 20 domestic-violence-prevention meetings
 * with 5,240 young people (the project «Отбасындағы зорлық-зомбылықсыз Қазақстан» won by «Бәйтерек») and 25 of 25
 * psychological-support events, in accepted monthly reports; 2024 — reports for "10 months" on the youth, culture
 * and religion items (accepted, submitted, returned, and one missing) and the 4 clubs at their stages.
 * Historic submission and review dates are set afterwards, so that timeliness reads as it would have.
 */
@Component
@Order(DemoDataOrder.REPORTING)
class ReportingDemoData implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);
	private static final String TURKISTAN_BRANCH = "turkistan-branch";
	private static final String TURKISTAN_SECRETARY = "tk-secretary";

	/** Young participants of the 20 meetings of 2023: 5,240 in all ("5 мыңнан астам жас"). */
	private static final int[] MEETINGS_2023 = { 220, 310, 245, 280, 265, 300, 190, 260, 275, 240, 330, 250, 285, 240,
			270, 255, 230, 290, 245, 260 };
	/** How many of them in each month of 2023. */
	private static final int[] MEETINGS_PER_MONTH_2023 = { 1, 2, 2, 1, 2, 2, 1, 1, 2, 2, 2, 2 };
	/** January..October 2024: 18 meetings, 4,650 young people. */
	private static final int[] MEETINGS_2024 = { 240, 265, 230, 280, 255, 300, 225, 270, 250, 260, 245, 275, 290,
			235, 260, 250, 240, 280 };
	private static final int[] MEETINGS_PER_MONTH_2024 = { 1, 2, 2, 2, 2, 1, 2, 2, 2, 2 };
	private static final int[] SUPPORT_PER_MONTH_2023 = { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3 };
	private static final int[] SUPPORT_PER_MONTH_2024 = { 2, 2, 2, 2, 2, 2, 2, 3, 2, 2 };

	private final RoadmapCatalog catalog;
	private final OrgUnits units;
	private final ActivityLog activities;
	private final ReportWorkflow workflow;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	ReportingDemoData(RoadmapCatalog catalog, OrgUnits units, ActivityLog activities, ReportWorkflow workflow,
			UserDetailsService users, JdbcClient jdbc) {
		this.catalog = catalog;
		this.units = units;
		this.activities = activities;
		this.workflow = workflow;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		try {
			loadTurkistan();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		Optional<RoadmapSummary> roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM);
		if (roadmap.isEmpty()) {
			log.warn("No demo roadmap: reporting demo data not loaded");
			return;
		}
		long r = roadmap.get().id();
		ItemView violence = catalog.itemByNumber(r, "1").orElseThrow();
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM activity WHERE roadmap_item = ?)").param(violence.id())
			.query(Boolean.class).single()) {
			return;
		}
		try {
			load(r, violence);
			log.info("Demo reporting loaded: 2023 and «2024, 10 months» activities, facilities and reports");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The Turkistan region's education department reports monthly on its two items of 2024 (year-to-date figures;
	 * January–September accepted by the regional branch's secretary, October waiting for review), so that progress
	 * by region, the review queues and the open data show a second region.
	 */
	private void loadTurkistan() {
		Optional<RoadmapSummary> roadmap = catalog.roadmapOf(TURKISTAN_BRANCH, RoadmapCatalog.DEMO_PROGRAM);
		if (roadmap.isEmpty()) {
			return;
		}
		ItemView weeks = catalog.itemByNumber(roadmap.get().id(), "1").orElseThrow();
		ItemView clubs = catalog.itemByNumber(roadmap.get().id(), "3").orElseThrow();
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM period_report WHERE roadmap_item = ?)").param(weeks.id())
			.query(Boolean.class).single()) {
			return;
		}
		int[] clubsOpened = { 0, 0, 1, 1, 2, 3, 3, 4, 5, 6 };
		for (int month = 1; month <= 10; month++) {
			boolean accept = month < 10;
			report(weeks, "tk-reporter", ReportPeriod.month(2024, month), Map.of(IndicatorUnit.EVENTS, month),
					"Айлық есеп: құқықтық сауаттылық апталықтары мектептерде өткізілді.",
					"Ежемесячный отчёт: недели правовой грамотности проведены в школах.", accept, TURKISTAN_SECRETARY, 8);
			report(clubs, "tk-reporter", ReportPeriod.month(2024, month),
					Map.of(IndicatorUnit.FACILITIES, clubsOpened[month - 1]),
					"Айлық есеп: оқырмандар клубтары жоспар бойынша ашылуда.",
					"Ежемесячный отчёт: читательские клубы открываются по плану.", accept, TURKISTAN_SECRETARY, 9);
		}
		log.info("Demo reporting loaded: Turkistan region, January–October 2024");
	}

	private void load(long roadmap, ItemView violence) {
		ItemView support = catalog.itemByNumber(roadmap, "2").orElseThrow();
		ItemView clubs = catalog.itemByNumber(roadmap, "3").orElseThrow();
		Optional<ItemView> religion = catalog.itemByNumber(roadmap, "19");
		long baiterek = units.findByCode("baiterek").map(OrgUnit::getId).orElseThrow();

		// Item 1, 2023: 20 meetings, 6 of them in the project «Kazakhstan without domestic violence».
		SubProject project = as("youth", () -> activities.addSubProject(violence.id(),
				new LocalizedText("«Отбасындағы зорлық-зомбылықсыз Қазақстан»", "«Казахстан без бытового насилия»",
						"\"Kazakhstan without domestic violence\""),
				baiterek, "Жобаның қорытынды байқауында «Бәйтерек» жастар ұйымы жеңімпаз атанды",
				"В итоговом конкурсе проекта победила молодёжная организация «Байтерек»"));
		int n = 0;
		for (int month = 1; month <= 12; month++) {
			for (int k = 0; k < MEETINGS_PER_MONTH_2023[month - 1]; k++, n++) {
				LocalDate day = LocalDate.of(2023, month, 8 + k * 10);
				boolean inProject = month >= 9 && month <= 11;
				boolean finale = month == 11 && k == 1;
				int people = MEETINGS_2023[n];
				as("youth", () -> activities.log(violence.id(), new ActivityDetails(day,
						finale ? "«Отбасындағы зорлық-зомбылықсыз Қазақстан» жобасының қорытынды байқауы"
								: "Отбасындағы зорлық-зомбылықтың алдын алу бойынша жастармен кездесу",
						finale ? "Итоговый конкурс проекта «Казахстан без бытового насилия»"
								: "Встреча с молодёжью по профилактике бытового насилия",
						VENUES.get(day.getMonthValue() % VENUES.size()), people, Audience.YOUTH,
						finale ? List.of(baiterek) : List.of(),
						finale ? "Жеңімпаз — «Бәйтерек» жастар ұйымы" : null,
						finale ? "Победитель — молодёжная организация «Байтерек»" : null,
						finale ? baiterek : null, inProject ? project.getId() : null)));
			}
		}
		// Item 2, 2023: 25 psychological-support events.
		for (int month = 1; month <= 12; month++) {
			for (int k = 0; k < SUPPORT_PER_MONTH_2023[month - 1]; k++) {
				logSupport(support, LocalDate.of(2023, month, 5 + k * 9), 30 + (month * 7 + k * 5) % 30);
			}
		}
		for (int month = 1; month <= 12; month++) {
			monthly(violence, "youth", ReportPeriod.month(2023, month), month == 7 ? 14 : 6);
			monthly(support, "culture", ReportPeriod.month(2023, month), month == 3 ? 12 : 7);
		}

		// 2024, January..October.
		n = 0;
		for (int month = 1; month <= 10; month++) {
			for (int k = 0; k < MEETINGS_PER_MONTH_2024[month - 1]; k++, n++) {
				int people = MEETINGS_2024[n];
				LocalDate day = LocalDate.of(2024, month, 6 + k * 11);
				as("youth", () -> activities.log(violence.id(), new ActivityDetails(day,
						"Отбасындағы зорлық-зомбылықтың алдын алу бойынша жастармен кездесу",
						"Встреча с молодёжью по профилактике бытового насилия",
						VENUES.get((day.getMonthValue() + 1) % VENUES.size()), people, Audience.YOUTH, List.of(),
						null, null, null, null)));
			}
			for (int k = 0; k < SUPPORT_PER_MONTH_2024[month - 1]; k++) {
				logSupport(support, LocalDate.of(2024, month, 4 + k * 8), 28 + (month * 5 + k * 7) % 30);
			}
		}
		for (int month = 1; month <= 9; month++) {
			monthly(violence, "youth", ReportPeriod.month(2024, month), 7);
			monthly(support, "culture", ReportPeriod.month(2024, month), month == 5 ? 13 : 8);
		}
		ReportPeriod tenMonths = ReportPeriod.monthsToDate(2024, 10);
		// Youth: accepted. Culture: submitted, waiting for the secretary.
		report(violence, "youth", tenMonths, Map.of(), "2024 жылдың 10 айында 18 кездесу өткізіліп, 4650 жас қамтылды.",
				"За 10 месяцев 2024 года проведено 18 встреч, охвачено 4650 молодых людей.", true, null, 6);
		report(support, "culture", tenMonths, Map.of(),
				"Өмірлік қиын жағдайдағы жастарға 21 психологиялық қолдау іс-шарасы өткізілді.",
				"Проведено 21 мероприятие психологической поддержки молодёжи в трудной жизненной ситуации.", false,
				null, 7);

		// Item 3: the four two-storey clubs of 2024.
		List<Facility> facilities = List.of(
				facility(clubs, "Тассай шағынауданындағы клуб", "Клуб в микрорайоне Тассай", "Тассай ш/а, 12"),
				facility(clubs, "Қайтпас-2 шағынауданындағы клуб", "Клуб в микрорайоне Кайтпас-2", "Қайтпас-2 ш/а, 4"),
				facility(clubs, "Бозарық шағынауданындағы клуб", "Клуб в микрорайоне Бозарык", "Бозарық ш/а, 27"),
				facility(clubs, "Ақжайық шағынауданындағы клуб", "Клуб в микрорайоне Акжайык", "Ақжайық ш/а, 9"));
		stage(facilities.get(0), FacilityStage.DESIGN, 10, LocalDate.of(2024, 2, 1), "Жобалау-сметалық құжаттама бекітілді");
		stage(facilities.get(0), FacilityStage.CONSTRUCTION, 35, LocalDate.of(2024, 4, 15), "Құрылыс басталды");
		stage(facilities.get(0), FacilityStage.CONSTRUCTION, 80, LocalDate.of(2024, 8, 1), "Шатыр жабылды");
		stage(facilities.get(0), FacilityStage.COMMISSIONED, 100, LocalDate.of(2024, 10, 25), "Пайдалануға беру актісі");
		stage(facilities.get(1), FacilityStage.DESIGN, 10, LocalDate.of(2024, 2, 20), null);
		stage(facilities.get(1), FacilityStage.CONSTRUCTION, 75, LocalDate.of(2024, 10, 10), "Ішкі әрлеу жұмыстары");
		stage(facilities.get(2), FacilityStage.DESIGN, 10, LocalDate.of(2024, 3, 5), null);
		stage(facilities.get(2), FacilityStage.CONSTRUCTION, 45, LocalDate.of(2024, 9, 20), "Қабырғалар тұрғызылды");
		stage(facilities.get(3), FacilityStage.DESIGN, 15, LocalDate.of(2024, 6, 3), "Жер учаскесі бөлінді");
		PeriodReport returned = report(clubs, "culture", tenMonths, Map.of(),
				"4 клубтың біреуі пайдалануға берілді, екеуінің құрылысы жүріп жатыр, біреуі жобалау сатысында.",
				"Из 4 клубов один введён в эксплуатацию, два строятся, один на стадии проектирования.", false,
				null, 8);
		PeriodReport back = as("secretary", () -> workflow.returnWith(returned.getId(), returned.getVersion(),
				"Пайдалануға беру актісінің көшірмесін қосыңыз / Приложите копию акта ввода в эксплуатацию"));
		backdate(back.getId(), LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 12));

		// Religion (item 19): accepted, with figures from the outreach groups' own records.
		religion.ifPresent(item -> {
			Map<IndicatorUnit, Integer> values = Map.of(IndicatorUnit.EVENTS, 98, IndicatorUnit.PARTICIPANTS, 11400);
			report(item, "youth", tenMonths, values,
					"Ақпараттық-түсіндіру топтары 98 кездесу өткізіп, 11 400 тұрғынды қамтыды.",
					"Информационно-разъяснительные группы провели 98 встреч с охватом 11 400 жителей.", true, null, 5);
		});
		// Item 14 (youth, family campaigns) has no report for 10 months: it shows as missing.
	}

	private static final List<String> VENUES = List.of("Шымкент жастар ресурстық орталығы",
			"М. Әуезов атындағы ОҚУ", "№ 12 жалпы білім беретін мектеп", "Шымкент жоғары медициналық колледжі",
			"Абай аудандық мәдениет үйі", "Қаратау ауданының жастар орталығы");

	private void logSupport(ItemView support, LocalDate day, int people) {
		as("culture", () -> activities.log(support.id(), new ActivityDetails(day,
				"Өмірлік қиын жағдайға тап болған жастарға психологиялық қолдау тренингі",
				"Тренинг психологической поддержки молодёжи в трудной жизненной ситуации", "Шымкент қалалық жастар орталығы",
				people, Audience.YOUTH, List.of(), null, null, null, null)));
	}

	private void monthly(ItemView item, String reporter, ReportPeriod period, int submittedOnDay) {
		report(item, reporter, period, Map.of(), "Айлық есеп: іс-шаралар жоспар бойынша өткізілді.",
				"Ежемесячный отчёт: мероприятия проведены по плану.", true, null, submittedOnDay);
	}

	/**
	 * A report opened, filled (values derived from activities unless given), submitted and, when asked, accepted,
	 * then dated as it happened: submitted on the given day of the month after the period, reviewed two days later.
	 */
	private PeriodReport report(ItemView item, String reporter, ReportPeriod period, Map<IndicatorUnit, Integer> given,
			String kk, String ru, boolean accept, String reviewer, int submittedOnDay) {
		PeriodReport opened = as(reporter, () -> workflow.open(item.id(), period));
		Map<Long, PeriodReport.Entry> entries = new HashMap<>();
		for (IndicatorView indicator : item.indicators()) {
			Integer value = given.get(indicator.unit());
			if (value != null) {
				entries.put(indicator.id(), new PeriodReport.Entry(BigDecimal.valueOf(value),
						"Ақпараттық-түсіндіру топтарының есептері бойынша / По отчётам информационно-разъяснительных групп"));
			}
		}
		PeriodReport edited = as(reporter, () -> workflow.edit(opened.getId(), opened.getVersion(), entries, kk, ru));
		PeriodReport submitted = as(reporter, () -> workflow.submit(opened.getId(), edited.getVersion()));
		PeriodReport result = accept
				? as(reviewer == null ? "secretary" : reviewer, () -> workflow.accept(opened.getId(), submitted.getVersion()))
				: submitted;
		LocalDate due = period.dueDate();
		LocalDate on = due.withDayOfMonth(Math.min(submittedOnDay, 28));
		backdate(opened.getId(), on, accept ? on.plusDays(2) : null);
		return result;
	}

	private void backdate(long reportId, LocalDate submitted, LocalDate reviewed) {
		OffsetDateTime at = submitted.atTime(LocalTime.of(11, 0)).atZone(ActivityLog.ZONE).toOffsetDateTime();
		jdbc.sql("""
				UPDATE period_report SET created_at = :created, first_submitted_at = :at, submitted_at = :at,
				       reviewed_at = COALESCE(:reviewed, reviewed_at)
				 WHERE id = :id""")
			.param("created", at.minusDays(1)).param("at", at)
			.param("reviewed", reviewed == null ? null
					: reviewed.atTime(LocalTime.of(16, 0)).atZone(ActivityLog.ZONE).toOffsetDateTime())
			.param("id", reportId).update();
	}

	private Facility facility(ItemView clubs, String kk, String ru, String address) {
		return as("culture", () -> activities.addFacility(clubs.id(), new LocalizedText(kk, ru, null),
				"Шымкент қ., " + address, 2, 2024, EnumSet.of(Amenity.LIBRARY, Amenity.READING_ROOM, Amenity.GYM,
						Amenity.ACCESSIBLE_SANITARY_UNIT)));
	}

	private void stage(Facility facility, FacilityStage stage, int percent, LocalDate on, String note) {
		int version = jdbc.sql("SELECT version FROM facility WHERE id = ?").param(facility.getId())
			.query(Integer.class).single();
		as("culture", () -> activities.advanceFacility(facility.getId(), version, stage, percent, on, note));
	}

	private <T> T as(String username, Callable<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
