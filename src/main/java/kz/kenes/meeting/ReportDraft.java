package kz.kenes.meeting;

import java.util.List;

/**
 * A report heard as the secretary enters it: agenda item, speaker (position on the meeting day; found automatically
 * when null), summary kk/ru (en optional) and the roadmap items it covered, whose figures are frozen.
 */
public record ReportDraft(int agendaNumber, long speakerId, Long speakerPositionId, String summaryKk,
		String summaryRu, String summaryEn, List<Long> roadmapItemIds) {
}
