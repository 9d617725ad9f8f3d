package kz.kenes.control;

import java.time.LocalDate;
import java.util.List;

/** What the commission records about a monitoring visit. */
public record VisitRecord(VisitType type, LocalDate visitedOn, String siteKk, String siteRu, Long subjectUnitId, List<Long> memberIds,
		String findingsKk, String findingsRu) {
}
