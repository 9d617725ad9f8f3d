package kz.kenes.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity as entered on the form or in the API: when, what (kk/ru), where, who and how many took part, with
 * which partners, and its outcome (e.g. a competition and its winner org unit such as "Baiterek").
 */
public record ActivityDetails(LocalDate heldOn, String titleKk, String titleRu, String venue, int participants,
		Audience audience, List<Long> partnerIds, String outcomeKk, String outcomeRu, Long winnerUnitId,
		Long subProjectId) {
}
