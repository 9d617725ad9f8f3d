package kz.kenes.reporting;

import org.springframework.data.relational.core.mapping.Table;

/** A partner organisation of an activity. */
@Table("activity_partner")
record ActivityPartner(Long orgUnitId) {
}
