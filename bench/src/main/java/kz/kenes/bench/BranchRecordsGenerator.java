package kz.kenes.bench;

import static kz.kenes.bench.BranchTexts.any;
import static kz.kenes.bench.BranchTexts.fill;
import static kz.kenes.bench.BranchTexts.sentence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import kz.kenes.bench.Names.Pair;

/**
 * A year of a branch's life for every generated branch, 2023 to the data set's today, in the proportion of the
 * Shymkent demo: people (a council of eight, heads of departments, a secretary's account), a party control
 * commission, ~50 activities a year, 6–10 council meetings with 3–6 agenda items, reports heard with their frozen
 * figures, decisions with executors and follow-ups, ~20 proposals (members' at meetings, citizens' with contacts),
 * 4 monitoring visits with recommendations and ~30 published news items. Written with COPY in one transaction;
 * applied once (it finds its commissions and does nothing on a second run). The same seed gives the same records.
 */
final class BranchRecordsGenerator {

	/** The data set's today: period reports run to October 2026 and November's are in review. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
	private static final int FIRST_YEAR = NationalDataGenerator.FIRST_YEAR;
	private static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);
	private static final LocalDate SINCE = LocalDate.of(FIRST_YEAR, 1, 1);
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	/** PEOPLE_WITH_DISABILITIES left out: activity.audience is VARCHAR(20), too short for it (an app bug). */
	private static final String[] AUDIENCES = { "GENERAL", "YOUTH", "YOUTH", "CHILDREN", "WOMEN", "FAMILIES",
			"ELDERLY" };

	/** Tables this generator writes, analyzed afterwards. */
	static final List<String> TABLES = List.of("person", "position_held", "org_unit", "app_user", "user_role",
			"meeting", "meeting_agenda_item", "meeting_participant", "meeting_report_heard", "meeting_heard_figure",
			"decision", "decision_executor", "decision_follow_up", "proposal", "sub_project", "activity",
			"activity_partner", "monitoring_visit", "monitoring_visit_member", "recommendation", "news_item",
			"news_stats", "news_tag");

	/** A roadmap item of a branch as its records refer to it. */
	record ItemRef(long id, String number, String nameKk, String nameRu, long directionId, long leadExecutor) {
	}

	/** An indicator's planned value and accepted year-to-date actuals of one year, for the figures heard. */
	record Figure(ItemRef item, long indicator, String nameKk, String nameRu, String unit, int year,
			BigDecimal planned, BigDecimal[] monthly) {
	}

	record Branch(long id, long regionId, long councilId, String code, String path, Pair place, List<Long> departments,
			List<ItemRef> items, List<Figure> figures) {
	}

	/** The people of a branch: its council (chair, secretary, members) and its commission's members. */
	record Council(long chair, long secretary, List<Long> members, Map<Long, Long> positions, List<Long> commission,
			String secretaryUser) {
	}

	private final Connection db;
	private final SplittableRandom random;
	private final Map<String, Long> next = new LinkedHashMap<>();
	private final Set<String> trackingCodes = new HashSet<>();
	private final Map<String, Long> counts = new LinkedHashMap<>();
	private long program;
	private List<Long> directions;
	/** Branch id -> its control commission. */
	private final Map<Long, Long> commissions = new LinkedHashMap<>();
	/** Department id -> its head (person, position). */
	private final Map<Long, long[]> heads = new LinkedHashMap<>();

	BranchRecordsGenerator(Connection db, long seed) {
		this.db = db;
		this.random = new SplittableRandom(seed ^ 0x5EED_B4A7L);
	}

	boolean alreadyGenerated() throws SQLException {
		return scalar("SELECT count(*) FROM org_unit WHERE code LIKE 'bench-control-%'") > 0;
	}

	Map<String, Long> generate() throws SQLException {
		program = scalar("SELECT id FROM program ORDER BY id LIMIT 1");
		directions = longs("SELECT id FROM direction ORDER BY sort_order, id");
		String passwordHash = text("SELECT password_hash FROM app_user WHERE username = 'secretary'");
		List<Branch> branches = loadBranches();
		try (Copy units = copy("org_unit", "id", "parent_id", "kind", "code", "name_kk", "name_ru", "name_en", "path",
				"region_id");
				Copy persons = copy("person", "id", "full_name_kk", "full_name_ru", "full_name_en", "code");
				Copy positions = copy("position_held", "id", "person_id", "org_unit_id", "post", "start_date")
					.after(units, persons);
				Copy users = copy("app_user", "id", "username", "password_hash", "display_name", "person_id")
					.after(persons);
				Copy roles = copy("user_role", "id", "app_user", "role", "org_unit_id").after(users, units);
				Copy meetings = copy("meeting", "id", "council_id", "region_id", "number", "starts_at",
						"duration_minutes", "format", "place", "online_link", "chair_person_id", "secretary_person_id",
						"status", "other_guests", "held_on", "protocol_signed_on").after(persons);
				Copy agenda = copy("meeting_agenda_item", "meeting", "number", "title_kk", "title_ru", "program_id",
						"direction_ids", "period_year", "period_months").after(meetings);
				Copy participants = copy("meeting_participant", "meeting", "person_id", "position_id", "invited",
						"attendance").after(meetings, positions);
				Copy heard = copy("meeting_report_heard", "id", "meeting_id", "region_id", "agenda_number",
						"speaker_id", "speaker_position_id", "summary_kk", "summary_ru", "figures_as_of", "sort_order")
					.after(meetings, positions);
				Copy figures = copy("meeting_heard_figure", "report_heard", "position", "roadmap_item_id",
						"item_number", "item_name_kk", "item_name_ru", "indicator_id", "indicator_name_kk",
						"indicator_name_ru", "unit", "year", "planned", "actual", "status").after(heard);
				Copy proposals = copy("proposal", "id", "addressee_id", "region_id", "source", "meeting_id",
						"raised_by_person", "citizen_name", "contact_email", "contact_phone", "tracking_code", "text",
						"text_language", "direction_id", "status", "received_on", "executor_id", "due_date", "answer",
						"rejection_reason", "answered_on", "answered_by", "implementation_note", "implemented_on",
						"decision_id", "roadmap_item_id", "contacts_erased_on").after(meetings);
				Copy decisions = copy("decision", "id", "meeting_id", "council_id", "region_id", "number",
						"agenda_number", "text_kk", "text_ru", "due_date", "status", "completed_on", "proposal_id")
					.after(meetings, proposals);
				Copy decisionExecutors = copy("decision_executor", "decision", "org_unit_id", "lead").after(decisions);
				Copy followUps = copy("decision_follow_up", "decision", "position", "reported_on", "org_unit_id",
						"author", "text").after(decisions);
				Copy subProjects = copy("sub_project", "id", "roadmap_item", "region_id", "name_kk", "name_ru",
						"outcome_kk", "outcome_ru");
				Copy activities = copy("activity", "id", "roadmap_item", "region_id", "executor_id", "sub_project_id",
						"held_on", "title_kk", "title_ru", "venue", "participants", "audience", "outcome_kk",
						"outcome_ru", "created_by", "created_at").after(subProjects);
				Copy partners = copy("activity_partner", "activity", "org_unit_id").after(activities);
				Copy visits = copy("monitoring_visit", "id", "commission_id", "branch_id", "region_id", "visited_on",
						"site_kk", "site_ru", "subject_unit_id", "findings_kk", "findings_ru").after(units);
				Copy visitMembers = copy("monitoring_visit_member", "monitoring_visit", "person_id")
					.after(visits, persons);
				Copy recommendations = copy("recommendation", "id", "visit_id", "branch_id", "region_id", "issued_on",
						"text_kk", "text_ru", "executor_id", "due_date", "status", "fulfilment_report", "reported_on",
						"review_comment", "fulfilled_on").after(visits);
				Copy news = copy("news_item", "id", "slug", "status", "title_kk", "title_ru", "lead_kk", "lead_ru",
						"body_kk", "body_ru", "branch_id", "council_id", "meeting_id", "region_id", "published_at",
						"created_at", "updated_at");
				Copy stats = copy("news_stats", "news_item", "views").after(news);
				Copy tags = copy("news_tag", "news_item", "tag").after(news)) {
			Map<Long, Boolean> headed = new LinkedHashMap<>();
			for (Branch branch : branches) {
				for (long department : branch.departments()) {
					if (headed.putIfAbsent(department, true) == null) {
						long person = person(persons, "bench-head-" + department);
						long position = id("position_held");
						positions.row(position, person, department, "HEAD_OF_DEPARTMENT", SINCE);
						heads.put(department, new long[] { person, position });
					}
				}
				Council council = people(branch, units, persons, positions, users, roles, passwordHash);
				Records records = new Records(branch, council, meetings, agenda, participants, heard, figures,
						proposals, decisions, decisionExecutors, followUps, news, stats, tags);
				for (int year = FIRST_YEAR; year <= TODAY.getYear(); year++) {
					records.meetings(year);
					records.citizenProposals(year);
					activities(branch, year, subProjects, activities, partners);
					visits(branch, council, year, visits, visitMembers, recommendations);
					records.news(year);
				}
			}
			counts.put("people", persons.rows());
			counts.put("positions", positions.rows());
			counts.put("secretary accounts", users.rows());
			counts.put("control commissions", units.rows());
			counts.put("meetings", meetings.rows());
			counts.put("agenda items", agenda.rows());
			counts.put("participants", participants.rows());
			counts.put("reports heard", heard.rows());
			counts.put("figures heard", figures.rows());
			counts.put("decisions", decisions.rows());
			counts.put("decision follow-ups", followUps.rows());
			counts.put("proposals", proposals.rows());
			counts.put("sub-projects", subProjects.rows());
			counts.put("activities", activities.rows());
			counts.put("monitoring visits", visits.rows());
			counts.put("recommendations", recommendations.rows());
			counts.put("news items", news.rows());
		}
		for (Map.Entry<String, Long> sequence : next.entrySet()) {
			scalar("SELECT setval('" + sequence.getKey() + "_id_seq', " + (sequence.getValue() - 1) + ")");
		}
		return counts;
	}

	private List<Branch> loadBranches() throws SQLException {
		Map<Long, List<ItemRef>> items = new LinkedHashMap<>();
		Map<Long, ItemRef> itemsById = new LinkedHashMap<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT r.branch_id, i.id, i.number, i.name_kk, i.name_ru, i.direction_id, e.org_unit_id
				  FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id
				  JOIN roadmap_item_executor e ON e.roadmap_item = i.id AND e.lead
				  JOIN org_unit b ON b.id = r.branch_id
				 WHERE b.code LIKE 'bench-%' AND i.sort_key <= 40
				 ORDER BY r.branch_id, i.sort_key""")) {
			while (rs.next()) {
				ItemRef item = new ItemRef(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getLong(6), rs.getLong(7));
				items.computeIfAbsent(rs.getLong(1), b -> new ArrayList<>()).add(item);
				itemsById.put(item.id(), item);
			}
		}
		Map<Long, List<Figure>> figures = new LinkedHashMap<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT p.branch_id, p.roadmap_item, p.indicator, n.name_kk, n.name_ru, p.unit, p.year, p.planned,
				       p.monthly_actual
				  FROM indicator_progress p JOIN indicator n ON n.id = p.indicator
				  JOIN roadmap_item i ON i.id = p.roadmap_item JOIN org_unit b ON b.id = p.branch_id
				 WHERE b.code LIKE 'bench-%' AND i.sort_key <= 8 AND p.year <= 2026
				 ORDER BY p.branch_id, p.year, i.sort_key, n.sort_order""")) {
			while (rs.next()) {
				Array monthly = rs.getArray(9);
				figures.computeIfAbsent(rs.getLong(1), b -> new ArrayList<>()).add(new Figure(
						itemsById.get(rs.getLong(2)), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getInt(7), rs.getBigDecimal(8), monthly == null ? new BigDecimal[12]
								: (BigDecimal[]) monthly.getArray()));
			}
		}
		Map<Integer, List<Long>> departments = new LinkedHashMap<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT id, code FROM org_unit WHERE code LIKE 'bench-dept-%' ORDER BY id")) {
			while (rs.next()) {
				int region = Integer.parseInt(rs.getString(2).split("-")[2]);
				departments.computeIfAbsent(region, r -> new ArrayList<>()).add(rs.getLong(1));
			}
		}
		List<Branch> branches = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT b.id, b.region_id, c.id, b.code, b.path
				  FROM org_unit b JOIN org_unit c ON c.parent_id = b.id AND c.kind = 'COUNCIL'
				 WHERE b.code LIKE 'bench-region-%' OR b.code LIKE 'bench-branch-%'
				 ORDER BY b.id""")) {
			while (rs.next()) {
				String code = rs.getString(4);
				String[] parts = code.split("-");
				int region = Integer.parseInt(parts[2]);
				Pair place = code.startsWith("bench-region-") ? Names.REGIONS.get(region)
						: Names.TOWNS.get((region * 7 + Integer.parseInt(parts[3])) % Names.TOWNS.size());
				long id = rs.getLong(1);
				branches.add(new Branch(id, rs.getLong(2), rs.getLong(3), code, rs.getString(5), place,
						departments.get(region), items.getOrDefault(id, List.of()), figures.getOrDefault(id, List.of())));
			}
		}
		if (branches.isEmpty()) {
			throw new IllegalStateException("No generated branches: run the national generator first");
		}
		return branches;
	}

	/** The council's eight, the commission (two of them) and the branch secretary's account. */
	private Council people(Branch branch, Copy units, Copy persons, Copy positions, Copy users, Copy roles,
			String passwordHash) {
		long commission = id("org_unit");
		units.row(commission, branch.id(), "CONTROL_COMMISSION", "bench-control-" + branch.id(),
				branch.place().kk() + ": партиялық бақылау комиссиясы",
				"Комиссия партийного контроля: " + branch.place().ru(),
				"Party control commission: " + Names.latin(branch.place().ru()), branch.path() + branch.id() + "/",
				branch.regionId());
		commissions.put(branch.id(), commission);
		Map<Long, Long> held = new LinkedHashMap<>();
		List<Long> members = new ArrayList<>();
		long chair = 0;
		long secretary = 0;
		for (int k = 0; k < 8; k++) {
			long person = person(persons, "bench-person-" + branch.id() + "-" + k);
			String post = k == 0 ? "CHAIR" : k == 1 ? "SECRETARY" : "MEMBER";
			long position = id("position_held");
			positions.row(position, person, branch.councilId(), post, SINCE);
			held.put(person, position);
			if (k == 0) {
				chair = person;
			}
			else if (k == 1) {
				secretary = person;
			}
			else {
				members.add(person);
			}
		}
		List<Long> commissionMembers = List.of(members.get(0), members.get(1));
		for (long member : commissionMembers) {
			positions.row(id("position_held"), member, commission, "MEMBER", SINCE);
		}
		String username = "bench-secretary-" + branch.code().substring("bench-".length());
		long user = id("app_user");
		users.row(user, username, passwordHash, "Хатшы / " + branch.place().kk(), secretary);
		roles.row(id("user_role"), user, "SECRETARY", branch.id());
		return new Council(chair, secretary, members, held, commissionMembers, username);
	}

	private long person(Copy persons, String code) {
		Names.Triple name = Names.person(random);
		long id = id("person");
		persons.row(id, name.kk(), name.ru(), name.en(), code);
		return id;
	}

	/** Meetings, proposals and news of one branch: they refer to one another. */
	private final class Records {

		private final Branch branch;
		private final Council council;
		private final Copy meetings, agenda, participants, heard, figures, proposals, decisions, executors, followUps,
				news, stats, tags;
		/** Held meetings of the year being written, for their news: id, day. */
		private final List<Object[]> held = new ArrayList<>();

		Records(Branch branch, Council council, Copy meetings, Copy agenda, Copy participants, Copy heard,
				Copy figures, Copy proposals, Copy decisions, Copy executors, Copy followUps, Copy news, Copy stats,
				Copy tags) {
			this.branch = branch;
			this.council = council;
			this.meetings = meetings;
			this.agenda = agenda;
			this.participants = participants;
			this.heard = heard;
			this.figures = figures;
			this.proposals = proposals;
			this.decisions = decisions;
			this.executors = executors;
			this.followUps = followUps;
			this.news = news;
			this.stats = stats;
			this.tags = tags;
		}

		void meetings(int year) {
			held.clear();
			int count = 6 + random.nextInt(5);
			List<LocalDate> days = new ArrayList<>();
			for (int k = 0; k < count; k++) {
				// roughly monthly, not in July and August
				int month = new int[] { 1, 2, 3, 4, 5, 6, 9, 10, 11, 12 }[k * 10 / count];
				days.add(LocalDate.of(year, month, 3 + random.nextInt(24)));
			}
			days.sort(null);
			for (int k = 0; k < count; k++) {
				meeting(k + 1, days.get(k));
			}
		}

		private void meeting(int number, LocalDate day) {
			long id = id("meeting");
			LocalDateTime startsAt = day.atTime(random.nextBoolean() ? 10 : 15, 0);
			boolean past = day.isBefore(TODAY);
			String status = !past ? "PLANNED" : random.nextInt(40) == 0 ? "CANCELLED"
					: ChronoUnit.DAYS.between(day, TODAY) < 10 ? "HELD" : "PROTOCOL_SIGNED";
			boolean wasHeld = status.equals("HELD") || status.equals("PROTOCOL_SIGNED");
			int formatDraw = random.nextInt(10);
			String format = formatDraw < 7 ? "IN_PERSON" : formatDraw < 9 ? "MIXED" : "ONLINE";
			meetings.row(id, branch.councilId(), branch.regionId(), number, startsAt, 120, format,
					format.equals("ONLINE") ? null : branch.place().kk() + ", «AMANAT» партиясы филиалының мәжіліс залы",
					format.equals("IN_PERSON") ? null : "https://meet.example.kz/kenes-" + id, council.chair(),
					council.secretary(), status, wasHeld ? random.nextInt(12) : 0, wasHeld ? day : null,
					status.equals("PROTOCOL_SIGNED") ? day.plusDays(1 + random.nextInt(5)) : null);
			// agenda: the roadmap heard for a period, then other questions
			int items = 3 + random.nextInt(4);
			int periodYear = day.getMonthValue() <= 2 ? day.getYear() - 1 : day.getYear();
			int periodMonths = day.getMonthValue() <= 2 ? 12 : day.getMonthValue() - 1;
			Pair sphere = any(BranchTexts.SPHERES, random);
			Pair period = periodMonths == 12 ? new Pair(periodYear + " жылғы", periodYear + " год")
					: new Pair(periodYear + " жылдың " + periodMonths + " айындағы",
							periodMonths + " месяцев " + periodYear + " года");
			agenda.row(id, 1, "Партияның 2023-2027 жылдарға арналған «Халықпен бірге!» Сайлауалды бағдарламасын іске "
					+ "асыру жөніндегі Жол картасының " + sphere.kk() + " салалары бойынша " + period.kk()
					+ " орындалуы туралы",
					"О ходе реализации Дорожной карты по реализации Предвыборной программы партии «Халықпен бірге!» на "
							+ "2023-2027 годы в сферах " + sphere.ru() + " за " + period.ru(),
					program, directionArray(), periodYear, periodMonths);
			for (int n = 2; n <= items; n++) {
				Pair title = fill(BranchTexts.AGENDA.get((n - 2 + random.nextInt(2)) % BranchTexts.AGENDA.size()),
						branch.place(), Names.topic(random), 0);
				agenda.row(id, n, sentence(title.kk()), title.ru(), null, "{}", null, null);
			}
			List<Long> speakers = List.of(any(branch.departments(), random), any(branch.departments(), random));
			participants(id, wasHeld, speakers);
			if (!wasHeld) {
				return;
			}
			for (int k = 0; k < (speakers.get(0).equals(speakers.get(1)) ? 1 : 2); k++) {
				reportHeard(id, day, k, heads.get(speakers.get(k)), periodYear, periodMonths);
			}
			List<long[]> raised = meetingProposals(id, day);
			int decided = 2 + random.nextInt(3);
			int firstText = random.nextInt(BranchTexts.DECISIONS.size());
			for (int n = 1; n <= decided; n++) {
				Pair text = fill(BranchTexts.DECISIONS.get((firstText + n) % BranchTexts.DECISIONS.size()),
						branch.place(), Names.topic(random), 0);
				decision(id, n, 1 + random.nextInt(items), sentence(text.kk()), text.ru(), day, null);
			}
			for (long[] proposal : raised) {
				if (proposal[1] != 0) {
					decision(id, ++decided, items, "Ұсынысты іске асыру: жауапты басқарма орындау жоспарын бекітсін.",
							"Реализовать предложение: ответственному управлению утвердить план исполнения.", day,
							proposal);
				}
			}
			held.add(new Object[] { id, day });
		}

		private String directionArray() {
			int n = 1 + random.nextInt(3);
			Set<Long> chosen = new java.util.TreeSet<>();
			while (chosen.size() < Math.min(n, directions.size())) {
				chosen.add(any(directions, random));
			}
			return "{" + String.join(",", chosen.stream().map(String::valueOf).toList()) + "}";
		}

		private void participants(long meeting, boolean wasHeld, List<Long> speakers) {
			long absent = random.nextInt(3) == 0 ? any(council.members(), random) : -1;
			council.positions().forEach((person, position) -> participants.row(meeting, person, position, true,
					!wasHeld ? null : person == absent ? "ABSENT" : "PRESENT"));
			Set<Long> invited = new HashSet<>();
			for (long department : speakers) {
				long[] head = heads.get(department);
				if (invited.add(head[0])) {
					participants.row(meeting, head[0], head[1], true, wasHeld ? "PRESENT" : null);
				}
			}
		}

		private void reportHeard(long meeting, LocalDate day, int order, long[] speaker, int year, int months) {
			long id = id("meeting_report_heard");
			Pair topic = Names.topic(random);
			int planned = 10 + random.nextInt(30);
			int done = Math.max(1, planned * months / 12 - random.nextInt(4));
			int people = 100 * (5 + random.nextInt(60));
			heard.row(id, meeting, branch.regionId(), 1, speaker[0], speaker[1],
					"«" + sentence(topic.kk()) + " бойынша " + year + " жылға " + planned + " іс-шара жоспарланып, "
							+ done + " іс-шара өткізілді. Оларға " + people + "-ден астам адам қатысты.»",
					"«По " + topic.ru() + " на " + year + " год запланировано " + planned + " мероприятий, проведено "
							+ done + ". В них приняли участие более " + people + " человек.»",
					day, order);
			List<Figure> ofYear = branch.figures().stream().filter(f -> f.year() == year).toList();
			int position = 0;
			int first = ofYear.isEmpty() ? 0 : random.nextInt(ofYear.size());
			for (int k = 0; k < Math.min(3, ofYear.size()); k++) {
				Figure figure = ofYear.get((first + k) % ofYear.size());
				BigDecimal actual = figure.monthly()[months - 1];
				figures.row(id, position++, figure.item().id(), figure.item().number(), figure.item().nameKk(),
						figure.item().nameRu(), figure.indicator(), figure.nameKk(), figure.nameRu(), figure.unit(),
						year, figure.planned(), actual, status(figure.planned(), actual, months));
			}
		}

		private static String status(BigDecimal planned, BigDecimal actual, int months) {
			if (planned == null || planned.signum() == 0) {
				return "NO_TARGET";
			}
			double share = actual == null ? 0 : actual.doubleValue() / planned.doubleValue();
			return share >= 1 ? "DONE" : share >= months / 12.0 * 0.9 ? "ON_TRACK" : "BEHIND";
		}

		/** 1–2 proposals raised by members; each: {id, 1 when it becomes a decision of this meeting}. */
		private List<long[]> meetingProposals(long meeting, LocalDate day) {
			List<long[]> raised = new ArrayList<>();
			int count = 1 + random.nextInt(2);
			for (int k = 0; k < count; k++) {
				Pair text = fill(any(BranchTexts.MEETING_PROPOSALS, random), branch.place(), Names.topic(random), 0);
				long id = id("proposal");
				String status = proposalStatus(day);
				boolean decided = (status.equals("ACCEPTED") || status.equals("IMPLEMENTED")) && random.nextBoolean();
				long decision = decided ? id("decision") : 0;
				proposal(id, "MEETING", meeting, any(council.members(), random), null, null, null, sentence(text.kk()),
						"kk", day, status, decided ? decision : null);
				raised.add(new long[] { id, decision });
			}
			return raised;
		}

		/** About eight a year from citizens through the portal, to the council. */
		void citizenProposals(int year) {
			int count = 6 + random.nextInt(5);
			for (int k = 0; k < count; k++) {
				LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
				if (!received.isBefore(TODAY)) {
					continue;
				}
				boolean russian = random.nextInt(3) == 0;
				Pair text = fill(any(BranchTexts.CITIZEN_PROPOSALS, random), branch.place(), Names.topic(random), 0);
				Names.Triple name = Names.person(random);
				String first = name.kk().substring(0, name.kk().indexOf(' '));
				String citizen = (russian ? Names.russian(first) : first) + " " + name.kk().charAt(first.length() + 1)
						+ ".";
				boolean email = random.nextInt(5) < 3;
				String phone = !email || random.nextBoolean()
						? String.format("+7 70%d %03d %02d %02d", random.nextInt(10), random.nextInt(1000),
								random.nextInt(100), random.nextInt(100))
						: null;
				proposal(id("proposal"), "CITIZEN", null, null, citizen,
						email ? Names.latin(first) + "." + random.nextInt(1000) + "@example.kz" : null, phone,
						russian ? text.ru() : sentence(text.kk()), russian ? "ru" : "kk", received,
						proposalStatus(received), null);
			}
		}

		private String proposalStatus(LocalDate received) {
			long age = ChronoUnit.DAYS.between(received, TODAY);
			if (age < 14) {
				return "RECEIVED";
			}
			if (age < 60) {
				return "UNDER_REVIEW";
			}
			int draw = random.nextInt(10);
			return draw < 5 ? "ACCEPTED" : draw < 7 ? "REJECTED" : "IMPLEMENTED";
		}

		private void proposal(long id, String source, Long meeting, Long raisedBy, String citizen, String email,
				String phone, String text, String language, LocalDate received, String status, Long decision) {
			boolean reviewed = !status.equals("RECEIVED");
			boolean answered = reviewed && !status.equals("UNDER_REVIEW");
			long executor = any(branch.departments(), random);
			LocalDate answeredOn = answered ? received.plusDays(10 + random.nextInt(30)) : null;
			boolean implemented = status.equals("IMPLEMENTED");
			LocalDate implementedOn = implemented ? answeredOn.plusDays(20 + random.nextInt(60)) : null;
			if (implementedOn != null && !implementedOn.isBefore(TODAY)) {
				implementedOn = TODAY.minusDays(1);
			}
			// the retention job erases a citizen's contacts a year after the answer
			LocalDate erased = source.equals("CITIZEN") && answered && answeredOn.plusYears(1).isBefore(TODAY)
					? answeredOn.plusYears(1).plusDays(1)
					: null;
			proposals.row(id, branch.councilId(), branch.regionId(), source, meeting, raisedBy,
					erased == null ? citizen : null, erased == null ? email : null, erased == null ? phone : null,
					trackingCode(), text, language, any(directions, random), status, received,
					reviewed ? executor : null, reviewed ? received.plusDays(30) : null,
					status.equals("ACCEPTED") || implemented ? any(BranchTexts.ANSWERS, random)
							: status.equals("REJECTED") ? "Ұсыныс қаралды." : null,
					status.equals("REJECTED") ? any(BranchTexts.REJECTIONS, random) : null, answeredOn,
					answered ? council.secretaryUser() : null,
					implemented ? any(BranchTexts.IMPLEMENTATIONS, random) : null, implementedOn, decision,
					implemented && !branch.items().isEmpty() ? any(branch.items(), random).id() : null, erased);
		}

		private String trackingCode() {
			String code;
			do {
				StringBuilder b = new StringBuilder(10);
				for (int i = 0; i < 10; i++) {
					b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
				}
				code = b.toString();
			}
			while (!trackingCodes.add(code));
			return code;
		}

		/** A decision; {@code proposal} = {proposal id, decision id} when it carries out a proposal. */
		private void decision(long meeting, int number, int agendaNumber, String kk, String ru, LocalDate day,
				long[] proposal) {
			long id = proposal == null ? id("decision") : proposal[1];
			LocalDate due = day.plusMonths(1 + random.nextInt(3));
			int draw = random.nextInt(20);
			String status = !due.isBefore(TODAY) ? "OPEN" : draw < 17 ? "DONE" : draw < 18 ? "CANCELLED" : "OPEN";
			LocalDate completed = status.equals("DONE") ? due.minusDays(random.nextInt(20)) : null;
			decisions.row(id, meeting, branch.councilId(), branch.regionId(), number, agendaNumber, kk, ru, due, status,
					completed, proposal == null ? null : proposal[0]);
			long lead = any(branch.departments(), random);
			executors.row(id, lead, true);
			long other = any(branch.departments(), random);
			if (other != lead && random.nextBoolean()) {
				executors.row(id, other, false);
			}
			int reports = status.equals("DONE") ? 1 + random.nextInt(2) : status.equals("OPEN") ? random.nextInt(2) : 0;
			LocalDate last = completed != null ? completed : TODAY.isBefore(due) ? TODAY : due;
			long span = Math.max(1, ChronoUnit.DAYS.between(day, last));
			for (int k = 0; k < reports; k++) {
				LocalDate on = day.plusDays(Math.min(span, span * (k + 1) / reports));
				followUps.row(id, k + 1, on, lead, "reporter", any(BranchTexts.FOLLOW_UPS, random));
			}
		}

		/** About 30 published news items a year: one per held meeting, the rest on the branch's work. */
		void news(int year) {
			int count = 30;
			for (Object[] meeting : held) {
				LocalDate day = (LocalDate) meeting[1];
				article(BranchTexts.MEETING_NEWS, day, (Long) meeting[0]);
				count--;
			}
			for (int k = 0; k < count; k++) {
				LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
				if (day.isBefore(TODAY)) {
					article(any(BranchTexts.NEWS, random), day, null);
				}
			}
		}

		private void article(Pair template, LocalDate day, Long meeting) {
			long id = id("news_item");
			Pair topic = Names.topic(random);
			Pair title = fill(template, branch.place(), topic, 0);
			Pair lead = fill(BranchTexts.NEWS_LEAD, branch.place(), topic, 0);
			StringBuilder kk = new StringBuilder();
			StringBuilder ru = new StringBuilder();
			int first = random.nextInt(BranchTexts.NEWS_PARAGRAPHS.size());
			for (int k = 0; k < 3; k++) {
				Pair paragraph = fill(BranchTexts.NEWS_PARAGRAPHS.get((first + k) % BranchTexts.NEWS_PARAGRAPHS.size()),
						branch.place(), topic, 0);
				kk.append(k > 0 ? "\n" : "").append(paragraph.kk());
				ru.append(k > 0 ? "\n" : "").append(paragraph.ru());
			}
			OffsetDateTime published = day.atTime(17, random.nextInt(60)).atOffset(KAZAKHSTAN);
			news.row(id, Names.slug(title.kk(), id), "PUBLISHED", title.kk(), title.ru(), lead.kk(), lead.ru(),
					kk.toString(), ru.toString(), branch.id(), meeting == null ? null : branch.councilId(), meeting,
					branch.regionId(), published, published.minusHours(2), published);
			stats.row(id, 10 + random.nextInt(40) * ChronoUnit.DAYS.between(day, TODAY) / 30);
			int first2 = random.nextInt(BranchTexts.TAGS.size());
			for (int k = 0; k < 1 + random.nextInt(3); k++) {
				tags.row(id, BranchTexts.TAGS.get((first2 + k) % BranchTexts.TAGS.size()));
			}
		}
	}

	/** About 50 activities a year on the branch's items by their lead executors; one sub-project a year. */
	private void activities(Branch branch, int year, Copy subProjects, Copy activities, Copy partners) {
		if (branch.items().isEmpty()) {
			return;
		}
		ItemRef projectItem = any(branch.items(), random);
		Pair project = any(BranchTexts.PROJECTS, random);
		long subProject = id("sub_project");
		Pair outcome = any(BranchTexts.OUTCOMES, random);
		subProjects.row(subProject, projectItem.id(), branch.regionId(), project.kk(), project.ru(),
				year < TODAY.getYear() ? outcome.kk() : null, year < TODAY.getYear() ? outcome.ru() : null);
		int count = 45 + random.nextInt(11);
		for (int k = 0; k < count; k++) {
			LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
			if (!day.isBefore(TODAY)) {
				continue;
			}
			boolean inProject = k % 10 == 0;
			ItemRef item = inProject ? projectItem : any(branch.items(), random);
			Pair kind = any(BranchTexts.ACTIVITY_KINDS, random);
			Pair topic = Names.topic(random);
			Pair result = random.nextInt(3) == 0 ? null : any(BranchTexts.OUTCOMES, random);
			long id = id("activity");
			activities.row(id, item.id(), branch.regionId(), item.leadExecutor(), inProject ? subProject : null, day,
					sentence(topic.kk()) + " " + kind.kk(), kind.ru() + " " + topic.ru(),
					branch.place().kk() + ", " + String.format(any(BranchTexts.VENUES, random), 1 + random.nextInt(60)),
					20 + random.nextInt(380), AUDIENCES[random.nextInt(AUDIENCES.length)],
					result == null ? null : result.kk(), result == null ? null : result.ru(), "reporter",
					day.plusDays(1).atTime(18, 0).atOffset(KAZAKHSTAN));
			long partner = any(branch.departments(), random);
			if (random.nextInt(5) == 0 && partner != item.leadExecutor()) {
				partners.row(id, partner);
			}
		}
	}

	/** Four monitoring visits a year by the branch's commission, each with 1–3 recommendations. */
	private void visits(Branch branch, Council council, int year, Copy visits, Copy members, Copy recommendations) {
		long commission = commissions.get(branch.id());
		for (int quarter = 0; quarter < 4; quarter++) {
			LocalDate day = LocalDate.of(year, 1 + quarter * 3 + random.nextInt(3), 2 + random.nextInt(26));
			if (!day.isBefore(TODAY)) {
				continue;
			}
			long id = id("monitoring_visit");
			Pair topic = Names.topic(random);
			Pair site = fill(any(BranchTexts.SITES, random), branch.place(), topic, 1 + random.nextInt(60));
			Pair findings = fill(any(BranchTexts.FINDINGS, random), branch.place(), topic, 0);
			long subject = any(branch.departments(), random);
			visits.row(id, commission, branch.id(), branch.regionId(), day, site.kk(), site.ru(), subject,
					sentence(findings.kk()), findings.ru());
			members.row(id, council.commission().get(0));
			if (random.nextBoolean()) {
				members.row(id, council.commission().get(1));
			}
			int count = 1 + random.nextInt(3);
			for (int k = 0; k < count; k++) {
				Pair text = BranchTexts.RECOMMENDATIONS.get((quarter + k) % BranchTexts.RECOMMENDATIONS.size());
				LocalDate due = day.plusMonths(1 + random.nextInt(4));
				int draw = random.nextInt(20);
				String status = due.isBefore(TODAY) ? (draw < 14 ? "FULFILLED" : draw < 17 ? "REPORTED" : "ISSUED")
						: (draw < 12 ? "ISSUED" : "REPORTED");
				LocalDate reported = status.equals("ISSUED") ? null
						: day.plusDays(Math.max(1, ChronoUnit.DAYS.between(day, min(due, TODAY)) - random.nextInt(10)));
				recommendations.row(id("recommendation"), id, branch.id(), branch.regionId(), day, text.kk(), text.ru(),
						subject, due, status, reported == null ? null : any(BranchTexts.FULFILMENTS, random), reported,
						status.equals("FULFILLED") ? "Орындалды деп танылды." : null,
						status.equals("FULFILLED") ? min(reported.plusDays(3), TODAY.minusDays(1)) : null);
			}
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private long id(String table) {
		long id = next.computeIfAbsent(table, t -> {
			try {
				return scalar("SELECT nextval('" + t + "_id_seq')");
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		next.put(table, id + 1);
		return id;
	}

	private Copy copy(String table, String... columns) throws SQLException {
		return new Copy(db, table, columns);
	}

	private long scalar(String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private String text(String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("No result: " + sql);
			}
			return rs.getString(1);
		}
	}

	private List<Long> longs(String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}
}
