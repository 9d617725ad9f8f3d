package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.List;

/** How an indicator's values within one year combine into the year's actual. */
public enum Aggregation {
	/** monthly values add up (events held, people reached) */
	SUM,
	/** the highest value reached (facilities built so far) */
	MAX,
	/** the latest value stands (a percentage) */
	LAST;

	/** Combines values given in time order; null when there are none. */
	public BigDecimal combine(List<BigDecimal> valuesInTimeOrder) {
		List<BigDecimal> values = valuesInTimeOrder.stream().filter(v -> v != null).toList();
		if (values.isEmpty()) {
			return null;
		}
		return switch (this) {
			case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			case MAX -> values.stream().max(BigDecimal::compareTo).orElseThrow();
			case LAST -> values.get(values.size() - 1);
		};
	}
}
