package kz.kenes.publication.web;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;
import kz.kenes.proposal.CitizenContact;
import kz.kenes.proposal.CitizenContact.Kind;
import kz.kenes.proposal.CitizenProposal;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalWorkflow;
import kz.kenes.publication.CitizenSubmission;
import kz.kenes.publication.ProposalDesk;

/** The proposal module's workflow behind the portal's moderation queue and tracking page. */
@Component
class ProposalDeskAdapter implements ProposalDesk {

	private final ProposalWorkflow workflow;
	private final ProposalQueries queries;
	private final MessageSource messages;

	ProposalDeskAdapter(ProposalWorkflow workflow, ProposalQueries queries, MessageSource messages) {
		this.workflow = workflow;
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public long forward(CitizenSubmission s) {
		// checked when sent (CitizenSubmissions); a contact older than that check and of no known kind stays with
		// the moderator and is not passed on, so that forwarding never fails on it
		Optional<CitizenContact> contact = CitizenContact.parse(s.getContact());
		return workflow.submitFromCitizen(new CitizenProposal(s.getAddresseeId(), s.getText(),
				Language.of(s.getTextLanguage()), s.getDirectionId(), s.getAuthorName(), of(contact, Kind.EMAIL),
				of(contact, Kind.PHONE), of(contact, Kind.TELEGRAM))).id();
	}

	private static String of(Optional<CitizenContact> contact, Kind kind) {
		return contact.filter(c -> c.kind() == kind).map(CitizenContact::value).orElse(null);
	}

	@Override
	public Optional<ProposalState> state(long proposalId, Language language) {
		return queries.publicView(proposalId).map(v -> new ProposalState(v.status().name(),
				messages.getMessage("publication.proposalStatus." + v.status().name(), null, v.status().name(),
						language.locale()),
				v.status().answered(), v.answer(), v.rejectionReason(), v.answeredOn(),
				v.executor() == null ? null : v.executor().in(language), v.dueDate()));
	}
}
