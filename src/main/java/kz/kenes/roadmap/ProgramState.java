package kz.kenes.roadmap;

/**
 * Where a program stands: drafted, in force, completed (its years are over), or superseded by a later program.
 * Completed and superseded programs stay in the records with their roadmaps; no new roadmap is started for them.
 */
public enum ProgramState {
	DRAFT, IN_FORCE, COMPLETED, SUPERSEDED;

	public boolean acceptsNewRoadmaps() {
		return this == DRAFT || this == IN_FORCE;
	}
}
