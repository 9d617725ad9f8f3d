package kz.kenes.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a national Kenes instance into a migrated, empty-of-bench-data database: 20 regional branches with about
 * 200 city and district branches, a roadmap per branch (about 100,000 items in the government-plan form, 1–4
 * indicators each, targets 2023–2027), then the branches' meetings, proposals, activities, visits and news
 * ({@link BranchRecordsGenerator}), each part only when missing. The same seed gives the same data. Loaded with COPY.
 *
 * <pre>java -cp ... kz.kenes.bench.NationalDataGenerator jdbc:postgresql://localhost:54329/postgres [seed] [itemsPerBranch]</pre>
 */
public final class NationalDataGenerator {

	static final int REGIONS = 20;
	static final int BRANCHES_PER_REGION = 10;
	static final int FIRST_YEAR = 2023;
	static final int LAST_YEAR = 2027;

	/** Tables whose triggers keep indicator_progress and the rollup version: written directly here instead. */
	private static final List<String> TRIGGERED_TABLES = List.of("org_unit", "roadmap_item", "roadmap_item_executor",
			"indicator_target", "indicator_progress");

	private static final String[] FORMS = { "PROTOCOL", "REPORT", "ANALYTICAL_NOTE", "INFORMATION", "ACT", "EVENT" };
	private static final String[] FUNDING = { "LOCAL_BUDGET", "REPUBLICAN_BUDGET", "NOT_REQUIRED", "SPONSORS",
			"WITHIN_ALLOCATED", "EXTRA_BUDGETARY" };
	private static final String[] RECURRING = { "QUARTERLY", "SEMIANNUALLY", "ANNUALLY", "PERMANENTLY" };

	record Branch(long id, long regionId, List<Long> departments) {
	}

	/** An item as reports and the progress table need it. */
	record Item(long id, long roadmapId, long branchId, long regionId, long directionId, long taskId, long leadExecutor,
			LocalDate deadline) {
	}

	/** An indicator with its planned value per year, index 0 = {@link #FIRST_YEAR}. */
	record Indicator(long id, Item item, String unit, long[] planned) {
	}

	private final Connection db;
	private final SplittableRandom random;
	private final int itemsPerBranch;
	final List<Branch> branches = new ArrayList<>();
	final List<Indicator> indicators = new ArrayList<>();

	NationalDataGenerator(Connection db, long seed, int itemsPerBranch) {
		this.db = db;
		this.random = new SplittableRandom(seed);
		this.itemsPerBranch = itemsPerBranch;
	}

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:54329/postgres";
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 20231;
		int itemsPerBranch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		try (Connection db = DriverManager.getConnection(url, System.getProperty("user", "postgres"),
				System.getProperty("password", ""))) {
			db.setAutoCommit(false);
			NationalDataGenerator generator = new NationalDataGenerator(db, seed, itemsPerBranch);
			if (generator.alreadyGenerated()) {
				System.out.println("National data already present (use a fresh data folder to regenerate).");
			}
			else {
				Instant start = Instant.now();
				generator.generate();
				db.commit();
				analyze(db, List.of());
				System.out.printf("Generated in %d s%n", Duration.between(start, Instant.now()).toSeconds());
			}
			BranchRecordsGenerator records = new BranchRecordsGenerator(db, seed);
			if (records.alreadyGenerated()) {
				System.out.println("Branch records already present: nothing more to do.");
				return;
			}
			Instant start = Instant.now();
			records.generate().forEach((what, count) -> System.out.printf("%s: %d%n", what, count));
			db.commit();
			analyze(db, BranchRecordsGenerator.TABLES);
			System.out.printf("Branch records generated in %d s%n", Duration.between(start, Instant.now()).toSeconds());
		}
	}

	/** ANALYZE of these tables, or of the whole database when none are named. */
	private static void analyze(Connection db, List<String> tables) throws SQLException {
		db.setAutoCommit(true);
		try (Statement s = db.createStatement()) {
			s.execute("ANALYZE " + String.join(", ", tables));
		}
		db.setAutoCommit(false);
	}

	boolean alreadyGenerated() throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT count(*) FROM org_unit WHERE code LIKE 'bench-%'")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	void generate() throws SQLException {
		try (Statement s = db.createStatement()) {
			// The progress table is written directly below, as the app's triggers and ledger would keep it.
			for (String table : TRIGGERED_TABLES) {
				s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
			}
		}
		generateOrgStructure();
		System.out.printf("org: %d branches%n", branches.size());
		generateRoadmaps();
		System.out.printf("roadmaps: %d indicators%n", indicators.size());
		new ReportGenerator(db, random.split(), indicators).generate();
		try (Statement s = db.createStatement()) {
			for (String table : TRIGGERED_TABLES) {
				s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
			}
			s.execute("UPDATE progress_version SET version = version + 1");
			s.execute("""
					INSERT INTO progress_region_version (region_id, version)
					SELECT DISTINCT region_id, 1 FROM indicator_progress
					ON CONFLICT (region_id) DO UPDATE SET version = progress_region_version.version + 1""");
		}
	}

	private void generateOrgStructure() throws SQLException {
		long party = scalar("SELECT id FROM org_unit WHERE kind = 'PARTY' ORDER BY id LIMIT 1");
		for (int r = 0; r < REGIONS; r++) {
			Names.Pair region = Names.REGIONS.get(r);
			long regional = insertUnit(party, "/" + party + "/", null, "REGIONAL_BRANCH", "bench-region-" + r,
					"«AMANAT» партиясының " + region.kk().replace(" облысы", " облыстық").replace(" қаласы", " қалалық") + " филиалы",
					"Филиал партии «AMANAT» — " + region.ru(), true);
			long akimat = insertUnit(null, "/", null, "AKIMAT", "bench-akimat-" + r, region.kk() + " әкімдігі",
					"Акимат — " + region.ru(), true);
			List<Long> departments = new ArrayList<>();
			for (int d = 0; d < Names.DEPARTMENTS.size(); d++) {
				Names.Pair dept = Names.DEPARTMENTS.get(d);
				departments.add(insertUnit(akimat, "/" + akimat + "/", akimat, "DEPARTMENT",
						"bench-dept-" + r + "-" + d, dept.kk(), dept.ru(), false));
			}
			addBranch(regional, regional, departments);
			for (int b = 1; b < BRANCHES_PER_REGION; b++) {
				Names.Pair town = Names.TOWNS.get((r * 7 + b) % Names.TOWNS.size());
				boolean city = b <= 2;
				long branch = insertUnit(regional, "/" + party + "/" + regional + "/", regional,
						city ? "CITY_BRANCH" : "DISTRICT_BRANCH", "bench-branch-" + r + "-" + b,
						town.kk() + (city ? " қалалық филиалы" : " аудандық филиалы"),
						(city ? "Городской филиал " : "Районный филиал ") + town.ru(), false);
				addBranch(branch, regional, departments);
			}
		}
	}

	private void addBranch(long branch, long regionId, List<Long> departments) throws SQLException {
		long parentPath = branch;
		String path = scalarText("SELECT path FROM org_unit WHERE id = " + parentPath) + branch + "/";
		insertUnit(branch, path, regionId, "COUNCIL", "bench-council-" + branch, "«Miras» аймақтық кеңесі",
				"Региональный совет «Miras»", false);
		branches.add(new Branch(branch, regionId, departments));
	}

	private long insertUnit(Long parent, String path, Long regionId, String kind, String code, String kk, String ru,
			boolean ownRegion) throws SQLException {
		try (PreparedStatement s = db.prepareStatement("""
				INSERT INTO org_unit (parent_id, kind, code, name_kk, name_ru, name_en, path, region_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
			s.setObject(1, parent);
			s.setString(2, kind);
			s.setString(3, code);
			s.setString(4, kk);
			s.setString(5, ru);
			s.setString(6, ru);
			s.setString(7, path);
			s.setObject(8, regionId);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				long id = rs.getLong(1);
				if (ownRegion) {
					db.createStatement().executeUpdate("UPDATE org_unit SET region_id = id WHERE id = " + id);
				}
				return id;
			}
		}
	}

	private void generateRoadmaps() throws SQLException {
		long program = scalar("SELECT id FROM program ORDER BY id LIMIT 1");
		List<Long> tasks = ids("SELECT id FROM program_task WHERE program_id = " + program + " ORDER BY number");
		List<Long> directions = ids("SELECT id FROM direction ORDER BY sort_order, id");
		if (tasks.isEmpty() || directions.isEmpty()) {
			throw new IllegalStateException("Run the app once with demo data first: no program tasks or directions");
		}
		Map<Long, Long> roadmaps = new HashMap<>();
		for (Branch branch : branches) {
			try (PreparedStatement s = db.prepareStatement("""
					INSERT INTO roadmap (program_id, branch_id, region_id, approved_on, status)
					VALUES (?, ?, ?, ?, 'APPROVED') RETURNING id""")) {
				s.setLong(1, program);
				s.setLong(2, branch.id());
				s.setLong(3, branch.regionId());
				s.setObject(4, LocalDate.of(2023, 3, 1 + random.nextInt(28)));
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					roadmaps.put(branch.id(), rs.getLong(1));
				}
			}
		}
		int itemCount = branches.size() * itemsPerBranch;
		long itemId = reserveIds("roadmap_item_id_seq", itemCount);
		long indicatorId = reserveIds("indicator_id_seq", itemCount * 4);
		try (Copy items = new Copy(db, "roadmap_item", "id", "roadmap_id", "region_id", "number", "sort_key",
				"name_kk", "name_ru", "completion_form", "task_id", "direction_id", "deadline_kind", "deadline_date",
				"deadline_end_year", "estimated_cost", "funding_source");
				Copy executors = new Copy(db, "roadmap_item_executor", "roadmap_item", "org_unit_id", "lead");
				Copy indicatorRows = new Copy(db, "indicator", "id", "roadmap_item", "region_id", "name_kk", "name_ru",
						"unit", "aggregation", "sort_order");
				Copy targets = new Copy(db, "indicator_target", "indicator", "year", "planned", "original_planned")) {
			executors.after(items);
			indicatorRows.after(items);
			targets.after(indicatorRows);
			for (Branch branch : branches) {
				long roadmap = roadmaps.get(branch.id());
				for (int n = 1; n <= itemsPerBranch; n++, itemId++) {
					Names.Pair name = Names.measure(random);
					int taskIndex = (n - 1) * tasks.size() / itemsPerBranch;
					boolean dated = random.nextInt(3) == 0;
					LocalDate deadline = dated
							? LocalDate.of(2023 + random.nextInt(5), 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1)
							: null;
					long direction = directions.get(random.nextInt(directions.size()));
					items.row(itemId, roadmap, branch.regionId(), (taskIndex + 1) + "." + n, n, name.kk(), name.ru(),
							FORMS[random.nextInt(FORMS.length)], tasks.get(taskIndex), direction,
							dated ? "DATE" : RECURRING[random.nextInt(RECURRING.length)], deadline,
							dated ? null : LAST_YEAR,
							random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextLong(1, 500_000) * 1000L),
							FUNDING[random.nextInt(FUNDING.length)]);
					List<Long> depts = branch.departments();
					int lead = random.nextInt(depts.size());
					executors.row(itemId, depts.get(lead), true);
					Item item = new Item(itemId, roadmap, branch.id(), branch.regionId(), direction,
							tasks.get(taskIndex), depts.get(lead), deadline);
					int coExecutors = random.nextInt(3);
					for (int c = 1; c <= coExecutors; c++) {
						executors.row(itemId, depts.get((lead + c) % depts.size()), false);
					}
					int indicatorsHere = 1 + random.nextInt(4);
					for (int k = 0; k < indicatorsHere; k++, indicatorId++) {
						String unit = k == 0 ? "EVENTS" : k == 1 ? "PARTICIPANTS" : k == 2 ? "PERCENT" : "FACILITIES";
						String aggregation = unit.equals("PERCENT") ? "MAX" : "SUM";
						indicatorRows.row(indicatorId, itemId, branch.regionId(), indicatorName(unit, true),
								indicatorName(unit, false), unit, aggregation, k);
						long[] planned = new long[LAST_YEAR - FIRST_YEAR + 1];
						for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
							planned[year - FIRST_YEAR] = plannedValue(unit);
							BigDecimal value = BigDecimal.valueOf(planned[year - FIRST_YEAR]);
							targets.row(indicatorId, year, value, value);
						}
						indicators.add(new Indicator(indicatorId, item, unit, planned));
					}
				}
			}
		}
	}

	private long plannedValue(String unit) {
		return switch (unit) {
			case "EVENTS" -> 4 + random.nextInt(30);
			case "PARTICIPANTS" -> 100 * (1 + random.nextInt(60));
			case "PERCENT" -> 100;
			default -> 1 + random.nextInt(4);
		};
	}

	private static String indicatorName(String unit, boolean kazakh) {
		return switch (unit) {
			case "EVENTS" -> kazakh ? "Өткізілген іс-шаралар саны" : "Количество проведенных мероприятий";
			case "PARTICIPANTS" -> kazakh ? "Қатысушылар саны" : "Количество участников";
			case "PERCENT" -> kazakh ? "Орындалу пайызы" : "Процент исполнения";
			default -> kazakh ? "Пайдалануға берілген нысандар" : "Введенные в эксплуатацию объекты";
		};
	}

	long reserveIds(String sequence, int count) throws SQLException {
		long last = scalar("SELECT setval('" + sequence + "', nextval('" + sequence + "') + " + (count - 1) + ")");
		return last - count + 1;
	}

	private long scalar(String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("No result: " + sql);
			}
			return rs.getLong(1);
		}
	}

	private String scalarText(String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private List<Long> ids(String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}
}
