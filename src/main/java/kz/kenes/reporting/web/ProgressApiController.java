package kz.kenes.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.kenes.i18n.Language;
import kz.kenes.platform.RequestTooBroad;
import kz.kenes.identity.PublicPaths;
import kz.kenes.reporting.ProgressFigures;
import kz.kenes.reporting.ProgressRollups;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.reporting.Rollup;
import kz.kenes.reporting.RollupDimension;
import kz.kenes.reporting.RollupFilter;

/**
 * Public progress API: planned vs actual rolled up by direction, task, executor, branch or item, for a year or a
 * period ({@code period=m10} is "2024, 10 months"), from accepted reports only.
 */
@RestController
@RequestMapping("/api/v1/progress")
class ProgressApiController {

	static final int MAX_ITEMS = 500;

	private final ProgressRollups rollups;
	private final ProgressFigures figures;
	private final RollupRateLimit rateLimit;
	private final kz.kenes.roadmap.RoadmapCatalog catalog;

	ProgressApiController(ProgressRollups rollups, ProgressFigures figures, RollupRateLimit rateLimit,
			kz.kenes.roadmap.RoadmapCatalog catalog) {
		this.catalog = catalog;
		this.rateLimit = rateLimit;
		this.rollups = rollups;
		this.figures = figures;
	}

	record ProgressRow(Long id, String code, String name, int items, int done, int inProgress, int onTrack,
			int behind, int notDone, int problem, int noTarget, BigDecimal percentDone,
			Map<String, Rollup.UnitSum> units) {

		static ProgressRow of(Rollup.Row r, Language language) {
			return new ProgressRow(r.key(), r.code(), r.name() == null ? null : r.name().in(language), r.items(),
					r.done(), r.inProgress(), r.onTrack(), r.behind(), r.notDone(), r.problem(), r.noTarget(),
					r.percentDone(), r.units());
		}
	}

	record ProgressResponse(int year, String period, String periodLabel, LocalDate asOf, String by,
			List<ProgressRow> rows, ProgressRow total) {
	}

	@GetMapping
	ProgressResponse progress(@RequestParam(required = false) Long roadmap,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
			@RequestParam(required = false) String by, @RequestParam(required = false) Long direction,
			@RequestParam(required = false) Long task, @RequestParam(required = false) Long executor,
			@RequestParam(required = false) Long branch, @RequestParam(required = false) Long region,
			@RequestParam(required = false) Long project, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean overdue, Language language,
			jakarta.servlet.http.HttpServletRequest request) {
		int y = year == null ? rollups.defaultYear() : year;
		RollupFilter filter = new RollupFilter(y, ReportPeriod.parse(y, period), RollupDimension.parse(by), roadmap,
				direction, task, executor, branch, region, project, RollupFilter.parseStatus(status),
				Boolean.TRUE.equals(overdue));
		if (filter.by() == RollupDimension.ITEM && roadmap == null && branch == null) {
			// One row per item: a national list would be ~100,000 rows. Items are listed per roadmap or branch.
			throw new RequestTooBroad("reporting.error.items.unbounded");
		}
		Rollup rollup = rollups.rollup(filter, rateLimit.beforeComputing(request));
		return new ProgressResponse(y, rollup.period().code(), rollup.period().label(language), rollup.asOf(),
				rollup.by().code(), rollup.rows().stream().map(r -> ProgressRow.of(r, language)).toList(),
				ProgressRow.of(rollup.total(), language));
	}

	record IndicatorJson(long id, String name, String unit, BigDecimal planned, BigDecimal originalPlanned,
			BigDecimal actual, Integer asOfMonth, String status, String statusLabel) {
	}

	record ItemJson(long id, String number, String name, String period, LocalDate judgedOn, String status,
			String statusLabel, List<IndicatorJson> indicators) {
	}

	/** Figures of given items, as of a date (default today): what a meeting would have heard that day. */
	@GetMapping("/items")
	List<ItemJson> items(@RequestParam List<Long> ids, @RequestParam int year,
			@RequestParam(required = false) String period, @RequestParam(required = false) LocalDate asOf,
			Language language) {
		if (ids.size() > MAX_ITEMS) {
			throw new RequestTooBroad("reporting.error.items.tooMany", MAX_ITEMS);
		}
		ReportPeriod p = ReportPeriod.parse(year, period);
		return figures.figures(ids, p, asOf == null ? LocalDate.now(kz.kenes.reporting.ActivityLog.ZONE) : asOf)
			.stream()
			.map(f -> new ItemJson(f.itemId(), f.number(), f.name().in(language), p.label(language), f.judgedOn(),
					f.status().name(), f.status().label(language),
					f.indicators().stream().map(i -> new IndicatorJson(i.indicatorId(), i.name().in(language),
							i.unit(), i.planned(), i.originalPlanned(), i.actual(), i.asOfMonth(), i.status().name(),
							i.status().label(language))).toList()))
			.toList();
	}

	/** One regional (city, district) item implementing a national item, with its branch and its figures. */
	record ImplementationJson(long regionId, long branchId, String branch, long roadmapId, long itemId,
			ItemJson item) {
	}

	record NationalItemProgress(long nationalItemId, String number, String name, int year, String period,
			Map<String, Long> itemsByStatus, List<ImplementationJson> implementations) {
	}

	/**
	 * How a national item (measure No. 17) is going in every region: the items of approved roadmaps that name it,
	 * each with its planned and actual figures and status, and the count of items by status.
	 */
	@GetMapping("/national-items/{id}")
	NationalItemProgress nationalItem(@org.springframework.web.bind.annotation.PathVariable long id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
			Language language) {
		var national = catalog.item(id)
			.filter(i -> catalog.roadmap(i.roadmapId()).map(r -> r.national() && r.status().isPublic()).orElse(false))
			.orElseThrow(() -> new java.util.NoSuchElementException("national item " + id));
		int y = year == null ? rollups.defaultYear() : year;
		ReportPeriod p = ReportPeriod.parse(y, period);
		var implementations = catalog.implementationsOf(id).stream().filter(i -> i.roadmapStatus().isPublic())
			.toList();
		Map<Long, ItemJson> byItem = new java.util.HashMap<>();
		if (!implementations.isEmpty()) {
			items(implementations.stream().map(kz.kenes.roadmap.NationalImplementation::itemId).toList(), y, period,
					null, language).forEach(i -> byItem.put(i.id(), i));
		}
		// an item without indicators has no figures yet: listed with a null item, not counted by status
		List<ImplementationJson> rows = implementations.stream()
			.map(i -> new ImplementationJson(i.regionId(), i.branchId(), i.branchName().in(language), i.roadmapId(),
					i.itemId(), byItem.get(i.itemId())))
			.toList();
		Map<String, Long> byStatus = new java.util.TreeMap<>(rows.stream().filter(r -> r.item() != null)
			.collect(java.util.stream.Collectors
			.groupingBy(r -> r.item().status(), java.util.stream.Collectors.counting())));
		return new NationalItemProgress(id, national.number(), national.name().in(language), y, p.code(), byStatus,
				rows);
	}

	@Configuration(proxyBeanMethods = false)
	static class Paths {

		@Bean
		PublicPaths progressApiPaths() {
			return PublicPaths.of("/api/v1/progress", "/api/v1/progress/items", "/api/v1/progress/national-items/*");
		}
	}
}
