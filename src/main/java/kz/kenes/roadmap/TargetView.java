package kz.kenes.roadmap;

import java.math.BigDecimal;

/** A year's planned value as read, with the originally approved value beside it. */
public record TargetView(int year, BigDecimal planned, BigDecimal originalPlanned) {

	public boolean revised() {
		return planned.compareTo(originalPlanned) != 0;
	}
}
