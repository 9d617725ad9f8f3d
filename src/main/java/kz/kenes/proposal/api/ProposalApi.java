package kz.kenes.proposal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.kenes.platform.web.PageWindow;
import kz.kenes.identity.PublicPaths;
import kz.kenes.proposal.ProposalQueries;
import kz.kenes.proposal.ProposalStatus;
import kz.kenes.proposal.ProposalView;
import kz.kenes.proposal.ProposalWorkflow;

/**
 * REST API of proposals. Answered proposals are public (without the proposer's contact data); staff read the ones
 * addressed to their councils or assigned to their units. Changes carry the version that was read.
 */
@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals", description = "Proposals of council members and citizens, their review and answers")
class ProposalApi {

	record ReviewRequest(int version, long executorId, LocalDate dueDate) {
	}

	record AnswerRequest(int version, String answer, String reason) {
	}

	record NoteRequest(int version, String note) {
	}

	record LinkRequest(int version, long roadmapItemId) {
	}

	private final ProposalQueries queries;
	private final ProposalWorkflow workflow;

	ProposalApi(ProposalQueries queries, ProposalWorkflow workflow) {
		this.queries = queries;
		this.workflow = workflow;
	}

	@GetMapping
	@Operation(summary = "Answered proposals, newest answer first (public)")
	List<ProposalView> answered(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageWindow window = PageWindow.of(page, size, 200);
		return queries.publicList(window.limit(), window.offset());
	}

	@GetMapping("/mine")
	@Operation(summary = "Proposals the caller works with, optionally of one status (login required)")
	List<ProposalView> mine(@RequestParam(required = false) ProposalStatus status) {
		return queries.staffList(status, 500);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A proposal: staff who may read it get it whole (the proposer's contact data only for the "
			+ "addressee's secretaries), everyone else only an answered one without contact data")
	ProposalView one(@PathVariable long id) {
		ProposalView view = queries.one(id).orElseThrow(() -> new NoSuchElementException("proposal " + id));
		if (workflow.canRead(view)) {
			return queries.staffView(id);
		}
		return queries.publicView(id).orElseThrow(() -> new NoSuchElementException("proposal " + id));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "Take under review: responsible executor and due date (SECRETARY of the addressee)")
	void review(@PathVariable long id, @RequestBody ReviewRequest r) {
		workflow.takeUnderReview(id, r.version(), r.executorId(), r.dueDate());
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept with the official answer (REPORTER of the executor, or the secretary)")
	void accept(@PathVariable long id, @RequestBody AnswerRequest r) {
		workflow.accept(id, r.version(), r.answer());
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Reject with a reason (and optionally a separate answer)")
	void reject(@PathVariable long id, @RequestBody AnswerRequest r) {
		workflow.reject(id, r.version(), r.reason(), r.answer());
	}

	@PostMapping("/{id}/implemented")
	@Operation(summary = "Mark an accepted proposal implemented, saying what was done")
	void implemented(@PathVariable long id, @RequestBody NoteRequest r) {
		workflow.markImplemented(id, r.version(), r.note());
	}

	@PostMapping("/{id}/roadmap-item")
	@Operation(summary = "Link an accepted proposal to the roadmap item it became")
	void linkItem(@PathVariable long id, @RequestBody LinkRequest r) {
		workflow.linkRoadmapItem(id, r.version(), r.roadmapItemId());
	}

	@Configuration(proxyBeanMethods = false)
	static class PublicProposalPaths {

		@Bean
		PublicPaths proposalPublicPaths() {
			return PublicPaths.of("/api/v1/proposals", "/api/v1/proposals/{id:\\d+}");
		}
	}
}
