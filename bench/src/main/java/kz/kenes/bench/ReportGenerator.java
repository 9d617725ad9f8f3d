package kz.kenes.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import kz.kenes.bench.NationalDataGenerator.Indicator;
import kz.kenes.bench.NationalDataGenerator.Item;

/**
 * Period reports with their review trail and year-to-date values, and the current-progress table they lead to.
 * Per item: a yearly report for 2023 and 2024, monthly reports for 2025 and for January–October 2026 (24 reports,
 * ~6 million indicator values nationally). The latest months are still in review: some submitted, returned, in
 * draft or missing, as a real November would show.
 */
final class ReportGenerator {

	private static final int LAST_REPORTED_YEAR = 2026;
	private static final int LAST_REPORTED_MONTH = 10;
	private static final String[] NARRATIVES = { "Жоспарланған іс-шаралар кестеге сәйкес өткізілді.",
			"Іс-шаралар жастар ұйымдарымен бірлесіп өткізілді.", "Ақпараттық-түсіндіру жұмыстары жүргізілді.",
			"Жұмыс жоспарға сәйкес жалғасуда." };

	private final Connection db;
	private final SplittableRandom random;
	private final List<Indicator> indicators;

	ReportGenerator(Connection db, SplittableRandom random, List<Indicator> indicators) {
		this.db = db;
		this.random = random;
		this.indicators = indicators;
	}

	void generate() throws SQLException {
		Map<Item, List<Indicator>> byItem = new LinkedHashMap<>();
		indicators.forEach(i -> byItem.computeIfAbsent(i.item(), k -> new ArrayList<>()).add(i));
		long reportId = reserveIds("period_report_id_seq", byItem.size() * 24);
		long reports = 0;
		try (Copy reportRows = new Copy(db, "period_report", "id", "roadmap_item", "region_id", "executor_id", "year",
				"first_month", "last_month", "status", "narrative_kk", "reviewer_comment", "first_submitted_at",
				"submitted_at", "submitted_by", "reviewed_at", "reviewed_by", "created_by", "created_at");
				Copy values = new Copy(db, "report_value", "period_report", "indicator", "region_id", "actual")
					.after(reportRows);
				Copy progress = new Copy(db, "indicator_progress", "indicator", "year", "region_id", "roadmap_id",
						"branch_id", "roadmap_item", "direction_id", "task_id", "lead_executor_id", "unit", "planned",
						"original_planned", "due_on", "monthly_actual", "actual", "as_of_month")) {
			for (Map.Entry<Item, List<Indicator>> entry : byItem.entrySet()) {
				Item item = entry.getKey();
				List<Indicator> itemIndicators = entry.getValue();
				// ytd[indicator][year][month 1..12]: accepted year-to-date value, null where no accepted report
				Map<Indicator, BigDecimal[][]> accepted = new LinkedHashMap<>();
				double[][] pace = new double[itemIndicators.size()][NationalDataGenerator.LAST_YEAR
						- NationalDataGenerator.FIRST_YEAR + 1];
				for (int k = 0; k < itemIndicators.size(); k++) {
					accepted.put(itemIndicators.get(k), new BigDecimal[pace[k].length][13]);
					for (int y = 0; y < pace[k].length; y++) {
						pace[k][y] = 0.55 + random.nextDouble() * 0.6;
					}
				}
				for (int year = NationalDataGenerator.FIRST_YEAR; year <= LAST_REPORTED_YEAR; year++) {
					boolean monthly = year >= 2025;
					int lastMonth = year == LAST_REPORTED_YEAR ? LAST_REPORTED_MONTH : 12;
					for (int month = monthly ? 1 : 12; month <= lastMonth; month++) {
						String status = status(year, month);
						if (status == null) {
							continue;
						}
						reports++;
						long id = reportId++;
						LocalDate periodEnd = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
						OffsetDateTime submitted = periodEnd.plusDays(3 + random.nextInt(random.nextInt(10) == 0 ? 25 : 7))
							.atTime(9 + random.nextInt(8), random.nextInt(60)).atOffset(ZoneOffset.ofHours(5));
						boolean reviewed = status.equals("ACCEPTED") || status.equals("RETURNED");
						boolean wasReturned = status.equals("RETURNED") || random.nextInt(12) == 0;
						reportRows.row(id, item.id(), item.regionId(), item.leadExecutor(), year, monthly ? month : 1,
								month, status, NARRATIVES[random.nextInt(NARRATIVES.length)],
								wasReturned ? "Дәлелдеме файлын қосыңыз." : null,
								status.equals("DRAFT") ? null : submitted.minusDays(wasReturned ? 4 : 0),
								status.equals("DRAFT") ? null : submitted, status.equals("DRAFT") ? null : "reporter",
								reviewed ? submitted.plusDays(1 + random.nextInt(5)) : null, reviewed ? "secretary" : null,
								"reporter", submitted.minusDays(2));
						for (int k = 0; k < itemIndicators.size(); k++) {
							Indicator indicator = itemIndicators.get(k);
							int y = year - NationalDataGenerator.FIRST_YEAR;
							BigDecimal value = ytd(indicator, indicator.planned()[y], pace[k][y], month);
							values.row(id, indicator.id(), item.regionId(), value);
							if (status.equals("ACCEPTED")) {
								accepted.get(indicator)[y][month] = value;
							}
						}
					}
				}
				for (Indicator indicator : itemIndicators) {
					writeProgress(progress, indicator, accepted.get(indicator));
				}
			}
		}
		System.out.printf("reports: %d period reports%n", reports);
	}

	/** The review state of a report; null where the executor has not reported. */
	private String status(int year, int month) {
		if (year < LAST_REPORTED_YEAR || month <= 8) {
			return "ACCEPTED";
		}
		int draw = random.nextInt(100);
		if (month == 9) {
			return draw < 90 ? "ACCEPTED" : draw < 95 ? "SUBMITTED" : "RETURNED";
		}
		return draw < 40 ? "ACCEPTED" : draw < 75 ? "SUBMITTED" : draw < 85 ? "RETURNED" : draw < 90 ? "DRAFT" : null;
	}

	private static BigDecimal ytd(Indicator indicator, long planned, double pace, int month) {
		double share = pace * month / 12.0;
		long value = switch (indicator.unit()) {
			case "PERCENT" -> Math.min(100, Math.round(100 * share));
			case "FACILITIES" -> (long) Math.floor(planned * share);
			default -> Math.round(planned * share);
		};
		return BigDecimal.valueOf(value);
	}

	/** One progress row per year with a target, as the app's ProgressLedger keeps it after each acceptance. */
	private void writeProgress(Copy progress, Indicator indicator, BigDecimal[][] accepted) {
		Item item = indicator.item();
		for (int y = 0; y < indicator.planned().length; y++) {
			int year = NationalDataGenerator.FIRST_YEAR + y;
			StringBuilder months = new StringBuilder("{");
			BigDecimal carried = null;
			Integer asOf = null;
			for (int m = 1; m <= 12; m++) {
				if (accepted[y][m] != null) {
					carried = accepted[y][m];
					asOf = m;
				}
				months.append(m > 1 ? "," : "").append(carried == null ? "NULL" : carried.toPlainString());
			}
			LocalDate dueOn = item.deadline() != null && item.deadline().getYear() == year ? item.deadline()
					: LocalDate.of(year, 12, 31);
			BigDecimal planned = BigDecimal.valueOf(indicator.planned()[y]);
			progress.row(indicator.id(), year, item.regionId(), item.roadmapId(), item.branchId(), item.id(),
					item.directionId(), item.taskId(), item.leadExecutor(), indicator.unit(), planned, planned, dueOn,
					months.append('}').toString(), carried == null ? BigDecimal.ZERO : carried, asOf);
		}
	}

	private long reserveIds(String sequence, int count) throws SQLException {
		try (Statement s = db.createStatement(); var rs = s.executeQuery(
				"SELECT setval('" + sequence + "', nextval('" + sequence + "') + " + (count - 1) + ")")) {
			rs.next();
			return rs.getLong(1) - count + 1;
		}
	}
}
