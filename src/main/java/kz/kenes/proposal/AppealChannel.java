package kz.kenes.proposal;

/** How a question or an appeal reached the unit ({@code proposal.channel.<NAME>} in the proposal module's texts). */
public enum AppealChannel {
	/** іс-шара барысында / на мероприятии */
	AT_EVENT,
	/** қоғамдық қабылдау / общественная приёмная */
	PUBLIC_RECEPTION,
	/** телефон арқылы / по телефону */
	PHONE,
	/** хат / письмо */
	LETTER,
	/** портал арқылы / через портал */
	PORTAL
}
