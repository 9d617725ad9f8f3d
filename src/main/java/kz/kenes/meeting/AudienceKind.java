package kz.kenes.meeting;

/**
 * An unnamed group in an event's audience, recorded with a count ({@code meeting.audience.<NAME>} in the meeting
 * module's texts): "200 residents", "40 teachers and students".
 */
public enum AudienceKind {
	/** тұрғындар / жители */
	RESIDENTS,
	/** мұғалімдер мен студенттер / преподаватели и студенты */
	TEACHERS_AND_STUDENTS,
	/** жастар / молодёжь */
	YOUTH,
	/** журналистер / журналисты */
	JOURNALISTS,
	/** барлық деңгейдегі депутаттар / депутаты всех уровней */
	DEPUTIES,
	/** партия мүшелері / члены партии */
	PARTY_MEMBERS,
	/** еңбек ұжымы / трудовой коллектив */
	LABOUR_COLLECTIVE,
	/** қоғам өкілдері / представители общественности */
	PUBLIC_REPRESENTATIVES,
	/** басқалар / другие */
	OTHER
}
