package kz.kenes.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A responsible executor of a decision; one of them leads. */
@Table("decision_executor")
public record DecisionExecutor(long orgUnitId, boolean lead) {
}
