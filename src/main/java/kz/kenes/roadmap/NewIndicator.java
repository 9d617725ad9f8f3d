package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.Map;

import kz.kenes.i18n.LocalizedText;

/** An indicator of a new item, with planned values by year. */
public record NewIndicator(LocalizedText name, IndicatorUnit unit, Aggregation aggregation,
		Map<Integer, BigDecimal> targets) {
}
