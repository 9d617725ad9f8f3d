package kz.kenes.roadmap;

import java.math.BigDecimal;

/** A change of a planned value after the roadmap's approval, with the reason given (kept in indicator_target_revision); the id is null until the indicator is saved. */
public record TargetRevision(Long indicatorId, int year, BigDecimal oldPlanned, BigDecimal newPlanned, String reason) {
}
