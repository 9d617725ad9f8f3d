package kz.kenes.roadmap;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The planned value of an indicator for a year. {@code originalPlanned} is the value as approved; after a revision
 * {@code planned} differs from it.
 */
@Table("indicator_target")
public record IndicatorTarget(int year, BigDecimal planned, BigDecimal originalPlanned) {

	public boolean revised() {
		return planned.compareTo(originalPlanned) != 0;
	}
}
