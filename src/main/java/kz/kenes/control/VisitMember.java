package kz.kenes.control;

import org.springframework.data.relational.core.mapping.Table;

/** A member of the commission who took part in a visit. */
@Table("monitoring_visit_member")
public record VisitMember(long personId) {
}
