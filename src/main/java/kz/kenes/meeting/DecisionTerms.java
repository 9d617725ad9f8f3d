package kz.kenes.meeting;

import java.time.LocalDate;
import java.util.List;

/** The content of a protocol point: text, executors (the first one leads), due date, optional agenda item. */
public record DecisionTerms(Integer agendaNumber, String textKk, String textRu, String textEn, LocalDate dueDate,
		List<Long> executorIds) {
}
