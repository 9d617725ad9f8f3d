package kz.kenes.publication.web;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.Language;
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
		String contact = s.getContact();
		boolean email = contact != null && contact.contains("@");
		return workflow.submitFromCitizen(new CitizenProposal(s.getAddresseeId(), s.getText(),
				Language.of(s.getTextLanguage()), s.getDirectionId(), s.getAuthorName(), email ? contact : null,
				email ? null : contact)).id();
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
