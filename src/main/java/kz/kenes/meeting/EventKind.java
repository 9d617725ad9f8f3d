package kz.kenes.meeting;

/**
 * The kinds of event at which a roadmap is reported on, each named in kk/ru/en with the word officials use
 * ({@code meeting.kind.<NAME>} in the meeting module's texts).
 */
public enum EventKind {
	/** кеңес отырысы / заседание совета */
	COUNCIL_MEETING,
	/** филиал немесе бюро отырысы / заседание филиала или бюро */
	BRANCH_MEETING,
	/** фракция отырысы / заседание фракции */
	FACTION_MEETING,
	/** баспасөз конференциясы, брифинг / пресс-конференция, брифинг */
	PRESS_CONFERENCE,
	/** тұрғындармен кездесу / встреча с жителями */
	RESIDENTS_MEETING,
	/** еңбек ұжымымен кездесу / встреча с трудовым коллективом */
	LABOUR_COLLECTIVE_MEETING,
	/** қоғамдық қабылдау / общественный приём */
	PUBLIC_RECEPTION,
	/** дөңгелек үстел / круглый стол */
	ROUND_TABLE,
	/** көшпелі немесе мониторингтік сапар / выездное или мониторинговое посещение */
	FIELD_VISIT,
	/** форум / форум */
	FORUM
}
