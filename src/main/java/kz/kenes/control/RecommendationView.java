package kz.kenes.control;

import java.time.LocalDate;

import kz.kenes.i18n.LocalizedText;

/** A recommendation with its executor and fulfilment; {@code overdue} is not fulfilled past its due date. */
public record RecommendationView(long id, long visitId, LocalDate issuedOn, LocalizedText text, long executorId,
		LocalizedText executor, LocalDate dueDate, RecommendationStatus status, String fulfilmentReport,
		LocalDate reportedOn, String reviewComment, LocalDate fulfilledOn, boolean overdue, int version) {
}
