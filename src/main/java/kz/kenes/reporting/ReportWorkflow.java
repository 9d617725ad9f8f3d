package kz.kenes.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.AuditTrail;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.RoadmapCatalog;

/**
 * The life of a period report. Executors (REPORTER in an executor unit) open, edit and submit; the secretary of
 * the roadmap's branch accepts, returns with a comment or reopens with a reason. The aggregate guards the states;
 * this service guards who, checks the version the user saw, audits every transition and, on acceptance or
 * reopening, updates the current-progress table in the same transaction.
 */
@Service
public class ReportWorkflow {

	private final PeriodReports reports;
	private final ReportingItems items;
	private final ReportingAccess access;
	private final Derivations derivations;
	private final ProgressLedger ledger;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final RoadmapCatalog roadmap;

	ReportWorkflow(PeriodReports reports, ReportingItems items, ReportingAccess access, Derivations derivations,
			ProgressLedger ledger, AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events,
			RoadmapCatalog roadmap) {
		this.roadmap = roadmap;
		this.reports = reports;
		this.items = items;
		this.access = access;
		this.derivations = derivations;
		this.ledger = ledger;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Published when a report is accepted or reopened, i.e. when the figures the public sees change. */
	public record ProgressChanged(long itemId, int year, long reportId, ReportStatus status) {
	}

	/** Opens a draft for a period, every indicator pre-filled from the logged activities. */
	@Transactional
	public PeriodReport open(long itemId, ReportPeriod period) {
		ReportingItem item = items.get(itemId);
		access.requireWrite(item);
		if (period.start().isAfter(ActivityLog.today())) {
			throw new RuleViolation("reporting.error.report.future");
		}
		// the period lies within the program's years (one rule with targets and agenda periods)
		roadmap.requireYearOfItem(itemId, period.year());
		if (reports.findByRoadmapItemAndYearAndFirstMonthAndLastMonth(itemId, period.year(), period.firstMonth(),
				period.lastMonth()).isPresent()) {
			throw new RuleViolation("reporting.error.report.exists", period.label(kz.kenes.i18n.Language.of(
					org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		}
		List<IndicatorTarget> indicators = items.targets(itemId, period.year());
		if (indicators.isEmpty()) {
			throw new RuleViolation("reporting.error.report.noIndicators");
		}
		Map<Long, BigDecimal> derived = derivations.derive(itemId, period, indicators);
		Map<Long, BigDecimal> previous = previousAccepted(itemId, period);
		Map<Long, BigDecimal> prefilled = new HashMap<>();
		indicators.forEach(i -> prefilled.put(i.indicatorId(), derived.getOrDefault(i.indicatorId(),
				previous.getOrDefault(i.indicatorId(), BigDecimal.ZERO))));
		PeriodReport report = reports.save(new PeriodReport(itemId, item.regionId(), item.leadExecutorId(), period,
				access.username(), prefilled, derived));
		audit.record("PeriodReport", report.getId(), "CREATE", null, snapshot(report), item.regionId());
		return report;
	}

	@Transactional
	public PeriodReport edit(long reportId, int version, Map<Long, PeriodReport.Entry> entries, String narrativeKk,
			String narrativeRu) {
		PeriodReport report = load(reportId, version);
		ReportingItem item = items.get(report.getRoadmapItem());
		access.requireWrite(item);
		Object before = snapshot(report);
		report.edit(entries, derived(report), narrativeKk, narrativeRu);
		return saveAndAudit(report, item, "EDIT", before);
	}

	@Transactional
	public PeriodReport submit(long reportId, int version) {
		PeriodReport report = load(reportId, version);
		ReportingItem item = items.get(report.getRoadmapItem());
		access.requireWrite(item);
		Object before = snapshot(report);
		boolean again = report.getStatus() == ReportStatus.RETURNED;
		List<Long> indicators = items.targets(item.id(), report.getYear()).stream().map(IndicatorTarget::indicatorId)
			.toList();
		report.submit(indicators, access.username(), Instant.now());
		return saveAndAudit(report, item, again ? "RESUBMIT" : "SUBMIT", before);
	}

	@Transactional
	public PeriodReport accept(long reportId, int version) {
		PeriodReport report = load(reportId, version);
		ReportingItem item = items.get(report.getRoadmapItem());
		access.requireReview(item);
		Object before = snapshot(report);
		report.accept(access.username(), Instant.now());
		PeriodReport saved = saveAndAudit(report, item, "ACCEPT", before);
		ledger.refresh(item.id(), saved.getYear());
		events.publishEvent(new ProgressChanged(item.id(), saved.getYear(), saved.getId(), saved.getStatus()));
		return saved;
	}

	@Transactional
	public PeriodReport returnWith(long reportId, int version, String comment) {
		PeriodReport report = load(reportId, version);
		ReportingItem item = items.get(report.getRoadmapItem());
		access.requireReview(item);
		Object before = snapshot(report);
		report.returnWith(comment, access.username(), Instant.now());
		return saveAndAudit(report, item, "RETURN", before);
	}

	@Transactional
	public PeriodReport reopen(long reportId, int version, String reason) {
		PeriodReport report = load(reportId, version);
		ReportingItem item = items.get(report.getRoadmapItem());
		access.requireReview(item);
		Object before = snapshot(report);
		report.reopen(reason, access.username(), Instant.now());
		PeriodReport saved = saveAndAudit(report, item, "REOPEN", before);
		ledger.refresh(item.id(), saved.getYear());
		events.publishEvent(new ProgressChanged(item.id(), saved.getYear(), saved.getId(), saved.getStatus()));
		return saved;
	}

	/** What the activities give now for each indicator of the report's period. */
	public Map<Long, BigDecimal> derived(PeriodReport report) {
		return derivations.derive(report.getRoadmapItem(), report.period(),
				items.targets(report.getRoadmapItem(), report.getYear()));
	}

	private PeriodReport load(long reportId, int version) {
		PeriodReport report = reports.findById(reportId).orElseThrow(NoSuchElementException::new);
		ActivityLog.requireVersion(report.getVersion(), version);
		return report;
	}

	private PeriodReport saveAndAudit(PeriodReport report, ReportingItem item, String action, Object before) {
		PeriodReport saved = reports.save(report);
		audit.record("PeriodReport", saved.getId(), action, before, snapshot(saved), item.regionId());
		return saved;
	}

	/** The latest accepted year-to-date values before this period, for indicators activities do not tell. */
	private Map<Long, BigDecimal> previousAccepted(long itemId, ReportPeriod period) {
		Map<Long, BigDecimal> values = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (v.indicator) v.indicator, v.actual
				  FROM report_value v JOIN period_report r ON r.id = v.period_report
				 WHERE r.roadmap_item = :item AND r.year = :year AND r.status = 'ACCEPTED' AND r.last_month < :month
				 ORDER BY v.indicator, r.last_month DESC""")
			.param("item", itemId).param("year", period.year()).param("month", period.lastMonth())
			.query((rs, n) -> values.put(rs.getLong(1), rs.getBigDecimal(2))).list();
		return values;
	}

	record Snapshot(ReportStatus status, String period, List<ReportValue> values, String narrativeKk,
			String narrativeRu, String reviewerComment) {
	}

	private static Snapshot snapshot(PeriodReport r) {
		return new Snapshot(r.getStatus(), r.period().toString(), r.getValues(), r.getNarrativeKk(),
				r.getNarrativeRu(), r.getReviewerComment());
	}
}
