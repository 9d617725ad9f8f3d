package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A past revision of a planned value: from what to what, why, by whom and when. */
public record TargetRevisionView(long indicatorId, int year, BigDecimal oldPlanned, BigDecimal newPlanned,
		String reason, String revisedBy, OffsetDateTime revisedAt) {
}
