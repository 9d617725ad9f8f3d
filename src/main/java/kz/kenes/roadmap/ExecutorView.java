package kz.kenes.roadmap;

import kz.kenes.i18n.LocalizedText;

/** A responsible executor of an item as read: the org unit's id, code and name; lead or co-executor. */
public record ExecutorView(long orgUnitId, String code, LocalizedText name, boolean lead) {
}
