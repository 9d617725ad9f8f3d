package kz.kenes.roadmap;

/** A roadmap is drafted, approved (then its targets change only by revision with a reason), and archived. */
public enum RoadmapStatus {
	DRAFT, APPROVED, ARCHIVED
}
