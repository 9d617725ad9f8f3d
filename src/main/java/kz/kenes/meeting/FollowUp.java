package kz.kenes.meeting;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A follow-up report on a decision: what the executor has done, as of a day. */
@Table("decision_follow_up")
public record FollowUp(LocalDate reportedOn, Long orgUnitId, String author, String text) {
}
