package kz.kenes.roadmap;

/**
 * A roadmap is drafted by its branch, submitted to the level above, approved there (then its targets change only by
 * revision with a reason) or returned to draft with a comment, and finally archived.
 */
public enum RoadmapStatus {
	DRAFT, SUBMITTED, APPROVED, ARCHIVED;

	/** Whether anonymous readers see it: only what the level above approved (and its archive). */
	public boolean isPublic() {
		return this == APPROVED || this == ARCHIVED;
	}
}
