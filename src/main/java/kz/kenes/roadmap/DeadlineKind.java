package kz.kenes.roadmap;

/** Орындау мерзімі / Срок исполнения: a fixed date, or a recurrence until an end year. */
public enum DeadlineKind {
	DATE,
	/** тоқсан сайын / ежеквартально */
	QUARTERLY,
	/** жарты жылда бір рет / раз в полугодие */
	SEMIANNUALLY,
	/** жыл сайын / ежегодно */
	ANNUALLY,
	/** тұрақты / постоянно */
	PERMANENTLY;

	public boolean recurring() {
		return this != DATE;
	}
}
