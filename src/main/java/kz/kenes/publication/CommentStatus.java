package kz.kenes.publication;

/** Comments are pre-moderated: nothing is shown before a secretary approves it. */
public enum CommentStatus {
	PENDING, APPROVED, REJECTED
}
