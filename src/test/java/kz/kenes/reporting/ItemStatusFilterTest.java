package kz.kenes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.ItemFilter;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.support.KenesTest;

/**
 * The roadmap list's status and overdue filters (set-based in SQL over indicator_progress) return exactly the items
 * whose status, computed in Java by {@link ProgressStatus#of} from the accepted reports ({@link ProgressFigures}), is
 * the one asked for: on the demo roadmap and on items made here to have every status today (in a transaction rolled
 * back at the end).
 */
@KenesTest
class ItemStatusFilterTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoadmapCatalog catalog;

	@Autowired
	ProgressFigures figures;

	@Autowired
	ProgressLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	static final List<String> STATUSES = ItemFilter.STATUSES;

	@Test
	void theDemoRoadmapsFiltersListTheItemsOfThatStatus() {
		long roadmap = catalog.roadmapOf(RoadmapCatalog.DEMO_BRANCH, RoadmapCatalog.DEMO_PROGRAM).orElseThrow().id();
		for (int year : List.of(2023, 2024, 2025, ActivityLog.today().getYear())) {
			assertFilterMatchesJava(roadmap, year);
		}
	}

	@Test
	void itemsOfEveryStatusTodayAreFilteredAsJavaJudgesThem() {
		transactions.executeWithoutResult(tx -> {
			ReportingFixture f = new ReportingFixture(jdbc);
			LocalDate today = ActivityLog.today();
			int year = today.getYear();
			// planned this year, accepted actual, a dated deadline this year (null: annually), short last year
			item(f, 1, year, "100", "100", null, false);                       // done
			item(f, 2, year, "100", "99", null, false);                        // on track (unless 31 December)
			item(f, 3, year, "100", "1", null, false);                         // behind
			item(f, 4, year, "100", "1", LocalDate.of(year, 1, 1), false);     // not done, overdue
			item(f, 5, year, "100", "1", null, true);                          // problem
			item(f, 6, year, "0", "0", null, false);                           // no target
			Set<ProgressStatus> seen = assertFilterMatchesJava(f.roadmap, year);
			Set<ProgressStatus> expected = EnumSet.of(ProgressStatus.DONE, ProgressStatus.NOT_DONE,
					ProgressStatus.PROBLEM);
			if (today.getMonthValue() != 12 || today.getDayOfMonth() != 31) {
				expected.addAll(List.of(ProgressStatus.ON_TRACK, ProgressStatus.BEHIND));
			}
			assertThat(seen).containsAll(expected);
			assertThat(catalog.allItems(f.roadmap, ItemFilter.ALL.narrowed(null, null, true)))
				.extracting(ItemView::number).contains("4").doesNotContain("1", "2", "3", "6");
			tx.setRollbackOnly();
		});
	}

	@Test
	void aWrongStatusIsRefusedWithAMessageKey() {
		assertThatThrownBy(() -> ItemFilter.parseStatus("late")).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "roadmap.error.filter.status");
		assertThat(ItemFilter.parseStatus("on_track")).isEqualTo("ON_TRACK");
		assertThatThrownBy(() -> RollupFilter.parseStatus("no_target")).isInstanceOf(RuleViolation.class);
	}

	/** For every status and for overdue: the filtered list equals the items Java judges so (year, as of today). */
	private Set<ProgressStatus> assertFilterMatchesJava(long roadmap, int year) {
		LocalDate today = ActivityLog.today();
		LocalDate judgedOn = today.isAfter(LocalDate.of(year, 12, 31)) ? LocalDate.of(year, 12, 31) : today;
		List<ItemView> all = catalog.allItems(roadmap, ItemFilter.ALL);
		List<Long> ids = all.stream().map(ItemView::id).toList();
		// today's figures of that year (all reports accepted up to today), judged on its last day or today
		Map<Long, ProgressFigures.ItemFigures> java = figures.figures(ids, year).stream().collect(Collectors.toMap(ProgressFigures.ItemFigures::itemId, x -> x));
		Set<ProgressStatus> seen = EnumSet.noneOf(ProgressStatus.class);
		ItemFilter ofYear = new ItemFilter(null, null, null, year, null);
		for (String status : STATUSES) {
			ProgressStatus wanted = ProgressStatus.valueOf(status);
			Set<Long> expected = java.values().stream().filter(x -> x.status() == wanted)
				.map(ProgressFigures.ItemFigures::itemId).collect(Collectors.toSet());
			// an item with no indicator row in the year has no status to match; the year filter keeps items with a
			// target or work due in it, so compare against the unfiltered list narrowed by status only
			Set<Long> filtered = catalog.allItems(roadmap, ItemFilter.ALL.narrowed(null, status, false)).stream()
				.map(ItemView::id).collect(Collectors.toSet());
			Set<Long> filteredOfYear = catalog.allItems(roadmap, ofYear.narrowed(null, status, false)).stream()
				.map(ItemView::id).collect(Collectors.toSet());
			if (year == today.getYear()) {
				assertThat(filtered).as("%s in %d", status, year).isEqualTo(expected);
			}
			assertThat(filteredOfYear).as("%s in %d", status, year).isEqualTo(expected);
			if (!expected.isEmpty()) {
				seen.add(wanted);
			}
		}
		Set<Long> overdue = java.values().stream()
			.filter(x -> x.indicators().stream().anyMatch(i -> i.planned() != null && i.planned().signum() > 0
					&& i.actual().compareTo(i.planned()) < 0 && !dueOn(x.itemId(), year).isAfter(judgedOn)))
			.map(ProgressFigures.ItemFigures::itemId).collect(Collectors.toSet());
		assertThat(catalog.allItems(roadmap, ofYear.narrowed(null, null, true))).extracting(ItemView::id)
			.as("overdue in %d", year).containsExactlyInAnyOrderElementsOf(overdue);
		return seen;
	}

	private LocalDate dueOn(long item, int year) {
		return jdbc.sql("SELECT deadline_kind, deadline_date FROM roadmap_item WHERE id = ?").params(item)
			.query((rs, n) -> ProgressFigures.dueOn(rs.getString(1), rs.getObject(2, LocalDate.class), year))
			.single();
	}

	private void item(ReportingFixture f, int number, int year, String planned, String actual, LocalDate deadline,
			boolean shortLastYear) {
		long item = jdbc.sql("""
				INSERT INTO roadmap_item (roadmap_id, region_id, number, sort_key, name_kk, name_ru,
				    completion_form, deadline_kind, deadline_date, deadline_end_year)
				VALUES (:roadmap, :region, :number, :sort, :name, :name, 'EVENT', :kind, :date, :endYear)
				RETURNING id""")
			.param("roadmap", f.roadmap).param("region", f.branch).param("number", String.valueOf(number))
			.param("sort", number * 10_000).param("name", "Күйі " + number)
			.param("kind", deadline == null ? "ANNUALLY" : "DATE").param("date", deadline)
			.param("endYear", deadline == null ? year : null).query(Long.class).single();
		jdbc.sql("INSERT INTO roadmap_item_executor (roadmap_item, org_unit_id, lead) VALUES (?, ?, TRUE)")
			.params(item, f.deptA).update();
		long indicator = jdbc.sql("""
				INSERT INTO indicator (roadmap_item, region_id, name_kk, name_ru, unit)
				VALUES (?, ?, 'Іс-шаралар', 'Мероприятия', 'EVENTS') RETURNING id""").params(item, f.branch)
			.query(Long.class).single();
		target(indicator, year, planned);
		if (shortLastYear) {
			target(indicator, year - 1, "10");
			accept(f, item, indicator, year - 1, "1");
			ledger.refresh(item, year - 1);
		}
		if (new BigDecimal(actual).signum() > 0) {
			accept(f, item, indicator, year, actual);
		}
		ledger.refresh(item, year);
	}

	private void target(long indicator, int year, String planned) {
		jdbc.sql("INSERT INTO indicator_target (indicator, year, planned, original_planned) VALUES (?, ?, ?, ?)")
			.params(indicator, year, new BigDecimal(planned), new BigDecimal(planned)).update();
	}

	private void accept(ReportingFixture f, long item, long indicator, int year, String actual) {
		long report = jdbc.sql("""
				INSERT INTO period_report (roadmap_item, region_id, executor_id, year, first_month, last_month,
				    status, created_by, reviewed_at)
				VALUES (?, ?, ?, ?, 1, 1, 'ACCEPTED', 'test', now() - interval '1 day') RETURNING id""")
			.params(item, f.branch, f.deptA, year).query(Long.class).single();
		jdbc.sql("INSERT INTO report_value (period_report, indicator, region_id, actual) VALUES (?, ?, ?, ?)")
			.params(report, indicator, f.branch, new BigDecimal(actual)).update();
	}
}
