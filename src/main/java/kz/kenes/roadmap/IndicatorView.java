package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import kz.kenes.i18n.LocalizedText;

/** An indicator as read, with its targets in year order. Report values reference {@link #id()}. */
public record IndicatorView(long id, long itemId, long regionId, LocalizedText name, IndicatorUnit unit,
		Aggregation aggregation, int version, List<TargetView> targets) {

	public Optional<TargetView> target(int year) {
		return targets.stream().filter(t -> t.year() == year).findFirst();
	}

	public Optional<BigDecimal> plannedFor(int year) {
		return target(year).map(TargetView::planned);
	}
}
