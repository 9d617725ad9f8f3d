package kz.kenes.roadmap;

import java.time.LocalDate;

import kz.kenes.i18n.LocalizedText;

/**
 * A roadmap as listed: its program and years, its branch, status, approval and how many items it has; the comment
 * of the level above when it was returned; whether it is the program's national roadmap (the owner's own).
 */
public record RoadmapSummary(long id, long programId, String programCode, LocalizedText programName, int firstYear,
		int lastYear, long branchId, String branchCode, LocalizedText branchName, long regionId, RoadmapStatus status,
		LocalDate approvedOn, int edition, int version, long itemCount, String reviewComment, boolean national,
		ProgramState programState) {
}
