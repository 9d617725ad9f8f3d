package kz.kenes.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import kz.kenes.reporting.ProgressFigures;
import kz.kenes.reporting.ProgressFigures.IndicatorFigure;
import kz.kenes.reporting.ProgressFigures.ItemFigures;
import kz.kenes.reporting.ReportPeriod;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.TargetView;

/**
 * Figures from reporting ({@link ProgressFigures}): for each year with a target up to the period heard, the planned
 * value, the year-to-date actual of reports accepted by the day, and the status judged on that day. Earlier years are
 * taken whole ("2023: 20 of 20"), the last one for the months heard ("2024, 10 months").
 */
@Component
class ReportingProgressSource implements ProgressSource {

	private final ProgressFigures progress;
	private final RoadmapCatalog catalog;

	ReportingProgressSource(ProgressFigures progress, RoadmapCatalog catalog) {
		this.progress = progress;
		this.catalog = catalog;
	}

	@Override
	public List<HeardFigure> figures(Collection<Long> roadmapItemIds, LocalDate asOf, int lastYear,
			int lastYearMonths) {
		if (roadmapItemIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<IndicatorView>> indicators = catalog.indicatorsOf(roadmapItemIds);
		TreeSet<Integer> years = new TreeSet<>();
		Map<Long, Integer> order = new HashMap<>();
		int position = 0;
		for (Long item : roadmapItemIds) {
			for (IndicatorView indicator : indicators.getOrDefault(item, List.of())) {
				order.put(indicator.id(), position++);
				indicator.targets().stream().map(TargetView::year).filter(y -> y <= lastYear).forEach(years::add);
			}
		}
		List<HeardFigure> figures = new ArrayList<>();
		for (int year : years) {
			ReportPeriod period = year == lastYear ? ReportPeriod.monthsToDate(year, lastYearMonths)
					: ReportPeriod.wholeYear(year);
			for (ItemFigures item : progress.figures(roadmapItemIds, period, asOf)) {
				for (IndicatorFigure f : item.indicators()) {
					if (f.planned() == null) {
						continue;
					}
					figures.add(new HeardFigure(item.itemId(), item.number(), item.name().kk(), item.name().ru(),
							f.indicatorId(), f.name().kk(), f.name().ru(), f.unit(), year, f.planned(), f.actual(),
							f.status().name()));
				}
			}
		}
		figures.sort(Comparator.comparingInt((HeardFigure f) -> order.getOrDefault(f.indicatorId(), 0))
			.thenComparingInt(HeardFigure::year));
		return figures;
	}
}
