package kz.kenes.roadmap.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.PublicPaths;
import kz.kenes.platform.RuleViolation;
import kz.kenes.roadmap.Aggregation;
import kz.kenes.roadmap.CompletionForm;
import kz.kenes.roadmap.Deadline;
import kz.kenes.roadmap.Direction;
import kz.kenes.roadmap.NationalImplementation;
import kz.kenes.roadmap.ProgramAdministration;
import kz.kenes.roadmap.ProgramDetails;
import kz.kenes.roadmap.ProgramState;
import kz.kenes.roadmap.DeadlineKind;
import kz.kenes.roadmap.FundingSource;
import kz.kenes.roadmap.IndicatorUnit;
import kz.kenes.roadmap.IndicatorView;
import kz.kenes.roadmap.ItemDetails;
import kz.kenes.roadmap.ItemPage;
import kz.kenes.roadmap.ItemView;
import kz.kenes.roadmap.Program;
import kz.kenes.roadmap.ProjectRegistry;
import kz.kenes.roadmap.RoadmapCatalog;
import kz.kenes.roadmap.RoadmapItem;
import kz.kenes.roadmap.RoadmapPlanning;
import kz.kenes.roadmap.RoadmapStatus;
import kz.kenes.roadmap.RoadmapSummary;

/**
 * The roadmap over HTTP: programs, roadmaps and their items with indicators and yearly targets. Reads are open to
 * everyone (draft roadmaps only to logged-in users); writes need SECRETARY of the roadmap's branch or ADMIN.
 * Errors are RFC 9457 problem details: 422 for a broken rule (with {@code code}), 409 for a stale version.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roadmap", description = "Programs, branch roadmaps, items (government-plan form), indicators, targets")
class RoadmapApi {

	private final RoadmapCatalog catalog;
	private final RoadmapPlanning planning;
	private final ProgramAdministration administration;
	private final Access access;
	private final ProjectRegistry projects;

	RoadmapApi(RoadmapCatalog catalog, RoadmapPlanning planning, ProgramAdministration administration,
			Access access, ProjectRegistry projects) {
		this.projects = projects;
		this.catalog = catalog;
		this.planning = planning;
		this.administration = administration;
		this.access = access;
	}

	/** A program with its tasks. */
	record ProgramResponse(long id, String code, LocalizedText name, long ownerUnitId, int firstYear, int lastYear,
			ProgramState state, int version, List<TaskResponse> tasks) {
	}

	/** A program to create or change; {@code version} (the version read) is required for a change. */
	record ProgramRequest(String code, LocalizedText name, Long ownerUnitId, Integer firstYear, Integer lastYear,
			ProgramState state, Integer version) {

		ProgramDetails details() {
			return new ProgramDetails(code, name, ownerUnitId, firstYear, lastYear, state);
		}
	}

	/** A task to add or change: number (its place) and name. */
	record TaskRequest(Integer number, LocalizedText name) {
	}

	/** A direction to add or rename. */
	record DirectionRequest(String code, LocalizedText name) {
	}

	record DirectionResponse(long id, String code, LocalizedText name, int sortOrder) {
	}

	/** A roadmap to start: the program and the branch that keeps it. */
	record RoadmapRequest(Long programId, Long branchId) {
	}

	/** A review step: the version read and, to return a roadmap, the comment. */
	record ReviewRequest(Integer version, String comment) {
	}

	record TaskResponse(long id, int number, LocalizedText name) {
	}

	/** An item to create or change; {@code version} is required for a change (the version read). */
	record ItemRequest(String number, LocalizedText name, CompletionForm completionForm, Long taskId,
			Long directionId, DeadlineKind deadlineKind, LocalDate deadlineDate, Integer deadlineEndYear,
			BigDecimal estimatedCost, FundingSource fundingSource, String notes, Long leadExecutorId,
			List<Long> coExecutorIds, Integer version, Long nationalItemId, List<Long> projectIds) {

		ItemDetails details() {
			if (leadExecutorId == null) {
				throw new RuleViolation("roadmap.error.item.executor");
			}
			if (deadlineKind == null) {
				throw new RuleViolation("roadmap.error.deadline.required");
			}
			return new ItemDetails(number, name, completionForm, taskId, directionId,
					new Deadline(deadlineKind, deadlineDate, deadlineEndYear), estimatedCost, fundingSource, notes,
					leadExecutorId, coExecutorIds == null ? List.of() : coExecutorIds, nationalItemId);
		}
	}

	record IndicatorRequest(LocalizedText name, IndicatorUnit unit, Aggregation aggregation) {
	}

	/** A planned value; {@code reason} is required on an approved roadmap; {@code version} of the indicator read. */
	record TargetRequest(BigDecimal planned, String reason, Integer version) {
	}

	@GetMapping("/programs")
	@Operation(summary = "Programs with their tasks")
	List<ProgramResponse> programs() {
		return catalog.programs().stream().map(this::program).toList();
	}

	@GetMapping("/programs/{id}")
	@Operation(summary = "One program with its tasks")
	ProgramResponse program(@PathVariable long id) {
		return program(catalog.program(id).orElseThrow(() -> new NoSuchElementException("program " + id)));
	}

	@PostMapping("/programs")
	@Operation(summary = "Create a program (ADMIN)")
	ResponseEntity<ProgramResponse> createProgram(@RequestBody ProgramRequest request) {
		Program program = administration.create(request.details());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + program.getId())).body(program(program));
	}

	@PutMapping("/programs/{id}")
	@Operation(summary = "Change a program (ADMIN); 409 when someone changed it since the given version")
	ProgramResponse changeProgram(@PathVariable long id, @RequestBody ProgramRequest request) {
		if (request.version() == null) {
			throw new IllegalArgumentException("version is required");
		}
		return program(administration.change(id, request.version(), request.details()));
	}

	@PostMapping("/programs/{id}/tasks")
	@Operation(summary = "Add a task (міндет) to a program (ADMIN); without a number it comes last")
	ResponseEntity<ProgramResponse> addTask(@PathVariable long id, @RequestBody TaskRequest request) {
		administration.addTask(id, request.number(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + id)).body(program(id));
	}

	@PutMapping("/programs/{id}/tasks/{taskId}")
	@Operation(summary = "Renumber (reorder) and rename a task (ADMIN)")
	ProgramResponse changeTask(@PathVariable long id, @PathVariable long taskId, @RequestBody TaskRequest request) {
		taskOf(id, taskId);
		administration.changeTask(taskId, request.number(), request.name());
		return program(id);
	}

	@DeleteMapping("/programs/{id}/tasks/{taskId}")
	@Operation(summary = "Delete a task no item uses (ADMIN); 422 when items use it")
	ResponseEntity<Void> removeTask(@PathVariable long id, @PathVariable long taskId) {
		taskOf(id, taskId);
		administration.removeTask(taskId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/directions")
	@Operation(summary = "Directions in their order")
	List<DirectionResponse> directions() {
		return catalog.directions().stream()
			.map(d -> new DirectionResponse(d.getId(), d.getCode(), d.name(), d.getSortOrder())).toList();
	}

	@PostMapping("/directions")
	@Operation(summary = "Add a direction (ADMIN); it comes last")
	ResponseEntity<DirectionResponse> addDirection(@RequestBody DirectionRequest request) {
		Direction d = administration.addDirection(request.code(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/directions"))
			.body(new DirectionResponse(d.getId(), d.getCode(), d.name(), d.getSortOrder()));
	}

	@PutMapping("/directions/{id}")
	@Operation(summary = "Rename a direction (ADMIN)")
	DirectionResponse renameDirection(@PathVariable long id, @RequestBody DirectionRequest request) {
		Direction d = administration.renameDirection(id, request.name());
		return new DirectionResponse(d.getId(), d.getCode(), d.name(), d.getSortOrder());
	}

	@PostMapping("/roadmaps")
	@Operation(summary = "Start a branch's roadmap for a program (SECRETARY of the branch)")
	ResponseEntity<RoadmapSummary> createRoadmap(@RequestBody RoadmapRequest request) {
		if (request.branchId() == null) {
			throw new RuleViolation("roadmap.error.roadmap.branch");
		}
		if (request.programId() == null) {
			throw new RuleViolation("roadmap.error.roadmap.program");
		}
		long id = planning.startRoadmap(request.programId(), request.branchId()).getId();
		return ResponseEntity.created(URI.create("/api/v1/roadmaps/" + id)).body(catalog.roadmap(id).orElseThrow());
	}

	@PostMapping("/roadmaps/{id}/submit")
	@Operation(summary = "Submit a draft roadmap to the level above (SECRETARY of the branch)")
	RoadmapSummary submit(@PathVariable long id, @RequestBody(required = false) ReviewRequest request) {
		visibleRoadmap(id);
		planning.submit(id, request == null ? null : request.version());
		return catalog.roadmap(id).orElseThrow();
	}

	@PostMapping("/roadmaps/{id}/approve")
	@Operation(summary = "Approve a submitted roadmap: SECRETARY of the regional branch above, ADMIN for a region or the national roadmap; 403 for any other level")
	RoadmapSummary approve(@PathVariable long id, @RequestBody(required = false) ReviewRequest request) {
		visibleRoadmap(id);
		planning.approve(id, request == null ? null : request.version());
		return catalog.roadmap(id).orElseThrow();
	}

	@PostMapping("/roadmaps/{id}/return")
	@Operation(summary = "Return a submitted roadmap to draft with a comment (the approving level)")
	RoadmapSummary returnRoadmap(@PathVariable long id, @RequestBody ReviewRequest request) {
		visibleRoadmap(id);
		planning.returnWith(id, request.version(), request.comment());
		return catalog.roadmap(id).orElseThrow();
	}

	@GetMapping("/roadmaps/national-items/{id}/implementations")
	@Operation(summary = "The regional items that implement a national item, with their roadmaps and branches")
	List<NationalImplementation> implementations(@PathVariable long id) {
		ItemView national = catalog.item(id).orElseThrow(() -> new NoSuchElementException("item " + id));
		visibleRoadmap(national.roadmapId());
		return catalog.implementationsOf(id).stream()
			.filter(i -> access.currentUser().isPresent() || i.roadmapStatus().isPublic()).toList();
	}

	@GetMapping("/roadmaps")
	@Operation(summary = "Roadmaps of the branches (drafts only for logged-in users)")
	List<RoadmapSummary> roadmaps() {
		return catalog.roadmaps().stream().filter(this::visible).toList();
	}

	@GetMapping("/roadmaps/{id}")
	@Operation(summary = "One roadmap")
	RoadmapSummary roadmap(@PathVariable long id) {
		return visibleRoadmap(id);
	}

	@GetMapping("/roadmaps/{id}/items")
	@Operation(summary = "Items of a roadmap with executors, indicators and yearly targets, filtered and paged")
	ItemPage items(@PathVariable long id, @Parameter(description = "direction id") @RequestParam(required = false) Long direction,
			@Parameter(description = "program task id") @RequestParam(required = false) Long task,
			@Parameter(description = "org unit id of a lead or co-executor") @RequestParam(required = false) Long executor,
			@Parameter(description = "items with a target or work due in this year") @RequestParam(required = false) Integer year,
			@Parameter(description = "words of the name, or the item number") @RequestParam(required = false) String q,
			@Parameter(description = "party project id") @RequestParam(required = false) Long project,
			@Parameter(description = "computed status today (of year, else the current year): done, on_track, behind, not_done, problem") @RequestParam(required = false) String status,
			@Parameter(description = "only items past their due date short of the plan") @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		visibleRoadmap(id);
		return catalog.items(id, RoadmapPages.filter(direction, task, executor, year, q, project, status, overdue),
				page, size);
	}

	@GetMapping("/roadmaps/{id}/items/{itemId}")
	@Operation(summary = "One item with its indicators and yearly targets (original and revised)")
	ItemView item(@PathVariable long id, @PathVariable long itemId) {
		visibleRoadmap(id);
		return itemOf(id, itemId);
	}

	@PostMapping("/roadmaps/{id}/items")
	@Operation(summary = "Create an item (SECRETARY of the branch or ADMIN)")
	ResponseEntity<ItemView> create(@PathVariable long id, @RequestBody ItemRequest request) {
		RoadmapItem item = projects.addItem(id, request.details(), request.projectIds());
		return ResponseEntity.created(URI.create("/api/v1/roadmaps/" + id + "/items/" + item.getId()))
			.body(itemOf(id, item.getId()));
	}

	@PutMapping("/roadmaps/{id}/items/{itemId}")
	@Operation(summary = "Change an item; 409 when someone changed it since the given version")
	ItemView update(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemRequest request) {
		itemOf(id, itemId);
		if (request.version() == null) {
			throw new IllegalArgumentException("version is required");
		}
		// projectIds left out: the item keeps its projects; [] removes them
		projects.changeItem(itemId, request.version(), request.details(), request.projectIds());
		return itemOf(id, itemId);
	}

	@DeleteMapping("/roadmaps/{id}/items/{itemId}")
	@Operation(summary = "Delete an item with its indicators; 409 when the version is stale")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long itemId, @RequestParam int version) {
		itemOf(id, itemId);
		planning.removeItem(itemId, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/indicators")
	@Operation(summary = "Add an indicator to an item")
	ResponseEntity<IndicatorView> addIndicator(@PathVariable long id, @PathVariable long itemId,
			@RequestBody IndicatorRequest request) {
		itemOf(id, itemId);
		long indicatorId = planning.addIndicator(itemId, request.name(), request.unit(), request.aggregation())
			.getId();
		return ResponseEntity.created(URI.create("/api/v1/roadmaps/" + id + "/items/" + itemId))
			.body(catalog.indicator(indicatorId).orElseThrow());
	}

	@PutMapping("/roadmaps/{id}/items/{itemId}/indicators/{indicatorId}/targets/{year}")
	@Operation(summary = "Set a year's planned value; on an approved roadmap a change needs a reason and is kept as a revision")
	IndicatorView planTarget(@PathVariable long id, @PathVariable long itemId, @PathVariable long indicatorId,
			@PathVariable int year, @RequestBody TargetRequest request) {
		ItemView item = itemOf(id, itemId);
		if (item.indicators().stream().noneMatch(i -> i.id() == indicatorId)) {
			throw new NoSuchElementException("indicator " + indicatorId);
		}
		planning.planTarget(indicatorId, request.version(), year, request.planned(), request.reason());
		return catalog.indicator(indicatorId).orElseThrow();
	}

	private ItemView itemOf(long roadmapId, long itemId) {
		return catalog.item(itemId).filter(i -> i.roadmapId() == roadmapId)
			.orElseThrow(() -> new NoSuchElementException("item " + itemId));
	}

	private RoadmapSummary visibleRoadmap(long id) {
		return catalog.roadmap(id).filter(this::visible)
			.orElseThrow(() -> new NoSuchElementException("roadmap " + id));
	}

	private boolean visible(RoadmapSummary roadmap) {
		return roadmap.status().isPublic() || access.currentUser().isPresent();
	}

	private void taskOf(long programId, long taskId) {
		if (catalog.tasks(programId).stream().noneMatch(t -> t.getId() == taskId)) {
			throw new NoSuchElementException("task " + taskId);
		}
	}

	private ProgramResponse program(Program p) {
		return new ProgramResponse(p.getId(), p.getCode(), p.name(), p.getOwnerUnitId(), p.getFirstYear(),
				p.getLastYear(), p.getState(), p.getVersion() == null ? 0 : p.getVersion(), catalog.tasks(p.getId()).stream()
					.map(t -> new TaskResponse(t.getId(), t.getNumber(), t.name())).toList());
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class OpenReads {

		/** Anyone may read programs and roadmaps (GET only). */
		@Bean
		PublicPaths roadmapPublicPaths() {
			return PublicPaths.of("/api/v1/programs", "/api/v1/programs/**", "/api/v1/roadmaps",
					"/api/v1/roadmaps/**", "/api/v1/directions");
		}
	}
}
