package kz.kenes.reporting;

import java.math.BigDecimal;

import kz.kenes.i18n.LocalizedText;

/** An indicator of an item with its planned value for one year (revised and as originally approved). */
public record IndicatorTarget(long indicatorId, LocalizedText name, String unit, String aggregation,
		BigDecimal planned, BigDecimal originalPlanned) {

	public boolean revised() {
		return planned != null && originalPlanned != null && planned.compareTo(originalPlanned) != 0;
	}
}
