package kz.kenes.meeting;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.LocalizedText;

/**
 * A progress figure of a roadmap item as it stood on the day a report was heard: planned and actual for a year of an
 * indicator, and the item's status in officials' words. A copy; later report edits never change it.
 */
@Table("meeting_heard_figure")
public record HeardFigure(Long roadmapItemId, String itemNumber, String itemNameKk, String itemNameRu,
		Long indicatorId, String indicatorNameKk, String indicatorNameRu, String unit, int year, BigDecimal planned,
		BigDecimal actual, String status) {

	public LocalizedText itemName() {
		return new LocalizedText(itemNameKk, itemNameRu, itemNameRu);
	}

	public LocalizedText indicatorName() {
		return indicatorNameKk == null ? null : new LocalizedText(indicatorNameKk, indicatorNameRu, indicatorNameRu);
	}

	/** What was measured (item, indicator, year): the key that puts a heard figure beside today's. */
	public String key() {
		return roadmapItemId + ":" + indicatorId + ":" + year;
	}
}
