package kz.kenes.roadmap;

import org.springframework.data.relational.core.mapping.Table;

/** A responsible executor (жауапты орындаушы) of an item: an org unit, the lead one or a co-executor. */
@Table("roadmap_item_executor")
public record ItemExecutor(long orgUnitId, boolean lead) {
}
