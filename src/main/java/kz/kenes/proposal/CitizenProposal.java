package kz.kenes.proposal;

import kz.kenes.i18n.Language;

/**
 * A proposal a citizen sends through the portal: what is proposed, in which direction, to which council or branch,
 * and optionally how to reach the proposer (never published).
 */
public record CitizenProposal(long addresseeId, String text, Language language, Long directionId, String name,
		String email, String phone, String telegram) {

	public CitizenProposal(long addresseeId, String text, Language language, Long directionId, String name,
			String email, String phone) {
		this(addresseeId, text, language, directionId, name, email, phone, null);
	}
}
