package kz.kenes.publication;

/** A citizen's proposal before the proposal workflow: waiting for moderation, passed on, or refused. */
public enum SubmissionStatus {
	PENDING, FORWARDED, REJECTED
}
