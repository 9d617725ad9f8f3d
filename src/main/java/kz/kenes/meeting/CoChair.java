package kz.kenes.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A co-chair beside the chair, always in a post held on the event's day (from any level). */
@Table("meeting_chair")
public record CoChair(long personId, long positionId, int sortOrder) {
}
