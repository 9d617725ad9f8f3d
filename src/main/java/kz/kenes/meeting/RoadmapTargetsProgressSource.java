package kz.kenes.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.TargetView;

/**
 * Figures from the roadmap's yearly targets alone: planned values per indicator and year up to the day's year.
 * Actuals and statuses are not known here (they come from reporting).
 */
@Component
class RoadmapTargetsProgressSource implements ProgressSource {

	private final RoadmapCatalog catalog;

	RoadmapTargetsProgressSource(RoadmapCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<HeardFigure> figures(Collection<Long> roadmapItemIds, LocalDate asOf, int lastYear,
			int lastYearMonths) {
		if (roadmapItemIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<IndicatorView>> indicators = catalog.indicatorsOf(roadmapItemIds);
		List<HeardFigure> figures = new ArrayList<>();
		// a report covers a handful of items: one lookup each is fine
		for (Long itemId : roadmapItemIds) {
			ItemView item = catalog.item(itemId).orElse(null);
			if (item == null) {
				continue;
			}
			for (IndicatorView indicator : indicators.getOrDefault(itemId, List.of())) {
				for (TargetView target : indicator.targets()) {
					if (target.year() <= lastYear) {
						figures.add(new HeardFigure(itemId, item.number(), item.name().kk(), item.name().ru(),
								indicator.id(), indicator.name().kk(), indicator.name().ru(), indicator.unit().name(),
								target.year(), target.planned(), null, null));
					}
				}
			}
		}
		return figures;
	}
}
