package kz.kenes.control;

import java.time.LocalDate;
import java.util.List;

import kz.kenes.i18n.LocalizedText;

/** A monitoring visit with its members and recommendations. */
public record VisitView(long id, long commissionId, LocalizedText commission, long branchId, LocalizedText branch,
		VisitType type, LocalDate visitedOn, LocalizedText site, Long subjectUnitId, LocalizedText subjectUnit, LocalizedText findings,
		List<Long> memberIds, List<LocalizedText> members, List<RecommendationView> recommendations, boolean example,
		int version) {

	public long fulfilled() {
		return recommendations.stream().filter(r -> r.status() == RecommendationStatus.FULFILLED).count();
	}
}
