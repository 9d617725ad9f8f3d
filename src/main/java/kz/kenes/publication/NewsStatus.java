package kz.kenes.publication;

/** Where a news item is in its life: written, visible to the public, taken down again. */
public enum NewsStatus {
	DRAFT, PUBLISHED, WITHDRAWN
}
