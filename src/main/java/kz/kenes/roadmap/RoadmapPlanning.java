package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.platform.RuleViolation;

/**
 * Every change to a roadmap, for the staff pages, the API and the Excel import alike: checked against the
 * current user's role in the roadmap's branch (SECRETARY or ADMIN), against the expected version (a stale form
 * gets a conflict), and written to the audit trail in the same transaction.
 */
@Service
public class RoadmapPlanning {

	private final Programs programs;
	private final ProgramTasks tasks;
	private final Directions directions;
	private final Roadmaps roadmaps;
	private final RoadmapItems items;
	private final Indicators indicators;
	private final OrgUnits units;
	private final AuditTrail audit;
	private final Access access;
	private final JdbcClient jdbc;
	private final RoadmapBulkWriter bulk;

	RoadmapPlanning(Programs programs, ProgramTasks tasks, Directions directions, Roadmaps roadmaps,
			RoadmapItems items, Indicators indicators, OrgUnits units, AuditTrail audit, Access access,
			JdbcClient jdbc, RoadmapBulkWriter bulk, java.time.Clock clock) {
		this.clock = clock;
		this.programs = programs;
		this.tasks = tasks;
		this.directions = directions;
		this.roadmaps = roadmaps;
		this.items = items;
		this.indicators = indicators;
		this.units = units;
		this.audit = audit;
		this.access = access;
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/** Whether the current user may change this roadmap (SECRETARY of its branch or above, or ADMIN). */
	public boolean canEdit(long roadmapId) {
		return roadmaps.findById(roadmapId).map(r -> access.can(Role.SECRETARY, r.getBranchId())).orElse(false);
	}

	/** The one clock of Kenes: approvals are dated in Almaty. */
	private final java.time.Clock clock;

	/** Party units that keep a roadmap: the party itself (the national roadmap) and its branches. */
	private static final Set<OrgUnitKind> BRANCH_KINDS = Set.of(OrgUnitKind.PARTY, OrgUnitKind.REGIONAL_BRANCH,
			OrgUnitKind.CITY_BRANCH, OrgUnitKind.DISTRICT_BRANCH);

	@Transactional
	public Roadmap startRoadmap(long programId, long branchId) {
		access.require(Role.SECRETARY, branchId);
		Program program = programs.findById(programId)
			.orElseThrow(() -> new RuleViolation("roadmap.error.roadmap.program"));
		OrgUnit branch = units.findById(branchId).orElseThrow(() -> new RuleViolation("roadmap.error.roadmap.branch"));
		if (!BRANCH_KINDS.contains(branch.getKind())) {
			throw new RuleViolation("roadmap.error.roadmap.branch");
		}
		if (!program.getState().acceptsNewRoadmaps()) {
			throw new RuleViolation("roadmap.error.roadmap.programClosed");
		}
		if (roadmaps.findByProgramIdAndBranchId(programId, branchId).isPresent()) {
			throw new RuleViolation("roadmap.error.roadmap.exists");
		}
		Roadmap roadmap = roadmaps.save(new Roadmap(program.getId(), branch.getId(),
				branch.getRegionId() == null ? branch.getId() : branch.getRegionId()));
		audit.record("Roadmap", roadmap.getId(), "CREATE", null, roadmap, roadmap.getRegionId());
		return roadmap;
	}

	/** The branch's SECRETARY hands the draft to the level above. */
	@Transactional
	public Roadmap submit(long roadmapId, Integer expectedVersion) {
		Roadmap roadmap = roadmaps.findById(roadmapId).orElseThrow(() -> new NoSuchElementException("roadmap"));
		access.require(Role.SECRETARY, roadmap.getBranchId());
		return transition(roadmap, expectedVersion, "SUBMIT", Roadmap::submit);
	}

	/** The level above approves: today, by the application's clock (Asia/Almaty). */
	@Transactional
	public Roadmap approve(long roadmapId, Integer expectedVersion) {
		Roadmap roadmap = reviewedRoadmap(roadmapId);
		return transition(roadmap, expectedVersion, "APPROVE", r -> r.approve(LocalDate.now(clock)));
	}

	/** Approval on a given day (records of roadmaps approved before Kenes, loaded by the centre). */
	@Transactional
	public Roadmap approve(long roadmapId, LocalDate on) {
		Roadmap roadmap = reviewedRoadmap(roadmapId);
		return transition(roadmap, null, "APPROVE", r -> r.approve(on));
	}

	/** The level above returns the submitted roadmap to draft with a comment. */
	@Transactional
	public Roadmap returnWith(long roadmapId, Integer expectedVersion, String comment) {
		Roadmap roadmap = reviewedRoadmap(roadmapId);
		return transition(roadmap, expectedVersion, "RETURN", r -> r.returnWith(comment));
	}

	/** Whether the current user is the level that approves this roadmap. */
	public boolean canApprove(long roadmapId) {
		return roadmaps.findById(roadmapId).map(this::mayApprove).orElse(false);
	}

	/**
	 * The unit whose SECRETARY approves a branch's roadmap: the nearest regional (or city) branch above it; null when
	 * only the party is above (a regional branch, or the national roadmap itself): then the centre, i.e. ADMIN.
	 */
	public Long approverUnit(long branchId) {
		OrgUnit branch = units.findById(branchId).orElseThrow(() -> new NoSuchElementException("branch"));
		List<Long> above = new ArrayList<>(branch.lineage());
		java.util.Collections.reverse(above);
		Map<Long, OrgUnit> byId = new java.util.HashMap<>();
		units.findAllById(above).forEach(u -> byId.put(u.getId(), u));
		for (Long id : above) {
			OrgUnit unit = byId.get(id);
			if (unit != null && (unit.getKind() == OrgUnitKind.REGIONAL_BRANCH
					|| unit.getKind() == OrgUnitKind.CITY_BRANCH)) {
				return id;
			}
		}
		return null;
	}

	private boolean mayApprove(Roadmap roadmap) {
		Long approver = approverUnit(roadmap.getBranchId());
		return approver == null ? access.isAdmin() : access.can(Role.SECRETARY, approver);
	}

	private Roadmap reviewedRoadmap(long roadmapId) {
		Roadmap roadmap = roadmaps.findById(roadmapId).orElseThrow(() -> new NoSuchElementException("roadmap"));
		if (!mayApprove(roadmap)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"roadmap.error.roadmap.approverLevel");
		}
		return roadmap;
	}

	private Roadmap transition(Roadmap roadmap, Integer expectedVersion, String action,
			java.util.function.Consumer<Roadmap> change) {
		if (expectedVersion != null) {
			requireVersion(roadmap.getVersion(), expectedVersion);
		}
		RoadmapState before = RoadmapState.of(roadmap);
		change.accept(roadmap);
		roadmap = roadmaps.save(roadmap);
		audit.record("Roadmap", roadmap.getId(), action, before, RoadmapState.of(roadmap), roadmap.getRegionId());
		return roadmap;
	}

	/** A roadmap's review state as the audit trail records it. */
	public record RoadmapState(RoadmapStatus status, LocalDate approvedOn, String reviewComment) {

		static RoadmapState of(Roadmap r) {
			return new RoadmapState(r.getStatus(), r.getApprovedOn(), r.getReviewComment());
		}
	}

	@Transactional
	public RoadmapItem addItem(long roadmapId, ItemDetails details) {
		Roadmap roadmap = editableRoadmap(roadmapId);
		checkReferences(roadmap, details);
		if (items.findByRoadmapIdAndNumber(roadmapId, details.number().trim()).isPresent()) {
			throw new RuleViolation("roadmap.error.item.numberTaken", details.number().trim());
		}
		RoadmapItem item = items.save(new RoadmapItem(roadmap, details));
		audit.record("RoadmapItem", item.getId(), "CREATE", null, item.details(), item.getRegionId());
		return item;
	}

	@Transactional
	public RoadmapItem changeItem(long itemId, int expectedVersion, ItemDetails details) {
		RoadmapItem item = item(itemId);
		Roadmap roadmap = editableRoadmap(item.getRoadmapId());
		requireVersion(item.getVersion(), expectedVersion);
		checkReferences(roadmap, details);
		items.findByRoadmapIdAndNumber(roadmap.getId(), details.number() == null ? "" : details.number().trim())
			.filter(other -> !other.getId().equals(itemId))
			.ifPresent(other -> {
				throw new RuleViolation("roadmap.error.item.numberTaken", other.getNumber());
			});
		ItemDetails before = item.details();
		item.change(details);
		item = items.save(item);
		audit.record("RoadmapItem", item.getId(), "UPDATE", before, item.details(), item.getRegionId());
		return item;
	}

	@Transactional
	public void removeItem(long itemId, int expectedVersion) {
		RoadmapItem item = item(itemId);
		editableRoadmap(item.getRoadmapId());
		requireVersion(item.getVersion(), expectedVersion);
		try {
			items.delete(item);
		}
		catch (DataIntegrityViolationException e) {
			throw new RuleViolation("roadmap.error.item.inUse");
		}
		audit.record("RoadmapItem", itemId, "DELETE", item.details(), null, item.getRegionId());
	}

	@Transactional
	public Indicator addIndicator(long itemId, LocalizedText name, IndicatorUnit unit, Aggregation aggregation) {
		RoadmapItem item = item(itemId);
		editableRoadmap(item.getRoadmapId());
		int next = indicators.findByRoadmapItemIdOrderBySortOrder(itemId).size() + 1;
		Indicator indicator = indicators.save(new Indicator(item, name, unit, aggregation, next));
		audit.record("Indicator", indicator.getId(), "CREATE", null, snapshot(indicator), indicator.getRegionId());
		return indicator;
	}

	@Transactional
	public Indicator changeIndicator(long indicatorId, int expectedVersion, LocalizedText name, IndicatorUnit unit,
			Aggregation aggregation) {
		Indicator indicator = indicator(indicatorId);
		editableRoadmap(item(indicator.getRoadmapItemId()).getRoadmapId());
		requireVersion(indicator.getVersion(), expectedVersion);
		IndicatorSnapshot before = snapshot(indicator);
		indicator.describe(name, unit, aggregation);
		indicator = indicators.save(indicator);
		audit.record("Indicator", indicator.getId(), "UPDATE", before, snapshot(indicator), indicator.getRegionId());
		return indicator;
	}

	@Transactional
	public void removeIndicator(long indicatorId, int expectedVersion) {
		Indicator indicator = indicator(indicatorId);
		Roadmap roadmap = editableRoadmap(item(indicator.getRoadmapItemId()).getRoadmapId());
		requireVersion(indicator.getVersion(), expectedVersion);
		if (roadmap.isApproved()) {
			throw new RuleViolation("roadmap.error.indicator.removeApproved");
		}
		try {
			indicators.delete(indicator);
		}
		catch (DataIntegrityViolationException e) {
			throw new RuleViolation("roadmap.error.indicator.inUse");
		}
		audit.record("Indicator", indicatorId, "DELETE", snapshot(indicator), null, indicator.getRegionId());
	}

	/**
	 * Sets the planned value of an indicator for a year. On an approved roadmap a changed value needs a reason; the
	 * approved value stays as the original and the revision is kept.
	 */
	@Transactional
	public Indicator planTarget(long indicatorId, Integer expectedVersion, int year, BigDecimal planned,
			String reason) {
		Indicator indicator = indicator(indicatorId);
		Roadmap roadmap = editableRoadmap(item(indicator.getRoadmapItemId()).getRoadmapId());
		if (expectedVersion != null) {
			requireVersion(indicator.getVersion(), expectedVersion);
		}
		Program program = programs.findById(roadmap.getProgramId()).orElseThrow();
		IndicatorSnapshot before = snapshot(indicator);
		Optional<TargetRevision> revision = indicator.plan(year, planned, roadmap, program, reason);
		if (before.equals(snapshot(indicator))) {
			return indicator;
		}
		indicator = indicators.save(indicator);
		revision.ifPresent(r -> jdbc.sql("""
				INSERT INTO indicator_target_revision (indicator_id, year, old_planned, new_planned, reason, revised_by)
				VALUES (:indicator, :year, :old, :new, :reason, :by)""")
			.param("indicator", r.indicatorId()).param("year", r.year()).param("old", r.oldPlanned())
			.param("new", r.newPlanned()).param("reason", r.reason()).param("by", access.currentUsername())
			.update());
		audit.record("Indicator", indicator.getId(), revision.isPresent() ? "REVISE_TARGET" : "PLAN_TARGET", before,
				snapshot(indicator), indicator.getRegionId());
		return indicator;
	}

	/**
	 * Adds many items with their indicators and targets at once (Excel import): every item and indicator passes the
	 * same domain rules as one added on a form, then all rows are written with batched inserts, and the import is
	 * recorded in the audit trail as one event listing the item numbers. All or nothing: the caller's transaction.
	 */
	@Transactional
	public int addItemsInBulk(long roadmapId, List<NewItem> newItems, String reason) {
		Roadmap roadmap = editableRoadmap(roadmapId);
		Program program = programs.findById(roadmap.getProgramId()).orElseThrow();
		References references = new References(roadmap);
		Set<String> numbers = new HashSet<>(jdbc.sql("SELECT number FROM roadmap_item WHERE roadmap_id = ?")
			.param(roadmapId).query(String.class).list());
		List<RoadmapItem> validItems = new ArrayList<>();
		List<List<Indicator>> validIndicators = new ArrayList<>();
		for (NewItem newItem : newItems) {
			ItemDetails details = newItem.details();
			references.check(details);
			RoadmapItem item = new RoadmapItem(roadmap, details);
			if (!numbers.add(item.getNumber())) {
				throw new RuleViolation("roadmap.error.item.numberTaken", item.getNumber());
			}
			List<Indicator> itemIndicators = new ArrayList<>();
			int order = 1;
			for (NewIndicator spec : newItem.indicators()) {
				Indicator indicator = new Indicator(item, spec.name(), spec.unit(), spec.aggregation(), order++);
				new TreeMap<>(spec.targets()).forEach((year, planned) -> indicator.plan(year, planned, roadmap,
						program, reason));
				itemIndicators.add(indicator);
			}
			validItems.add(item);
			validIndicators.add(itemIndicators);
		}
		bulk.insert(roadmap, validItems, validIndicators, reason, access.currentUsername());
		audit.record("Roadmap", roadmapId, "IMPORT_ITEMS", null,
				Map.of("created", validItems.stream().map(RoadmapItem::getNumber).toList()), roadmap.getRegionId());
		return validItems.size();
	}

	/** An indicator as the audit trail records it. */
	public record IndicatorSnapshot(long itemId, LocalizedText name, IndicatorUnit unit, Aggregation aggregation,
			List<IndicatorTarget> targets) {
	}

	static IndicatorSnapshot snapshot(Indicator indicator) {
		return new IndicatorSnapshot(indicator.getRoadmapItemId(), indicator.name(), indicator.getUnit(),
				indicator.getAggregation(), indicator.getTargets());
	}

	/** The roadmap, if the current user may change it and it is not archived. */
	Roadmap editableRoadmap(long roadmapId) {
		Roadmap roadmap = roadmaps.findById(roadmapId).orElseThrow(() -> new NoSuchElementException("roadmap"));
		access.require(Role.SECRETARY, roadmap.getBranchId());
		roadmap.requireEditable();
		return roadmap;
	}

	void checkReferences(Roadmap roadmap, ItemDetails details) {
		new References(roadmap).check(details);
	}

	/** What items may refer to: tasks of the roadmap's own program, existing directions and org units. */
	final class References {

		private final Set<Long> taskIds;
		private final Set<Long> directionIds = new HashSet<>();
		private final Set<Long> knownUnits = new HashSet<>();

		private final Roadmap roadmap;

		References(Roadmap roadmap) {
			this.roadmap = roadmap;
			this.taskIds = new HashSet<>(tasks.findByProgramIdOrderByNumber(roadmap.getProgramId()).stream()
				.map(ProgramTask::getId).toList());
			directions.findAll().forEach(d -> directionIds.add(d.getId()));
		}

		void check(ItemDetails details) {
			if (details.taskId() != null && !taskIds.contains(details.taskId())) {
				throw new RuleViolation("roadmap.error.item.task");
			}
			if (details.directionId() != null && !directionIds.contains(details.directionId())) {
				throw new RuleViolation("roadmap.error.item.direction");
			}
			if (details.nationalItemId() != null) {
				checkNationalItem(roadmap, details.nationalItemId());
			}
			List<Long> executorIds = new ArrayList<>();
			executorIds.add(details.leadExecutorId());
			if (details.coExecutorIds() != null) {
				executorIds.addAll(details.coExecutorIds());
			}
			for (Long unit : executorIds) {
				if (unit == null || !(knownUnits.contains(unit) || units.existsById(unit))) {
					throw new RuleViolation("roadmap.error.item.executor");
				}
				knownUnits.add(unit);
			}
		}
	}

	/**
	 * A regional item may name an item of its program's national roadmap (the roadmap of the program's owner, the
	 * party's top unit): not an item of another program, of a regional roadmap, nor from a national item itself.
	 */
	private void checkNationalItem(Roadmap roadmap, long nationalItemId) {
		record Target(long programId, long branchId, long ownerUnitId) {
		}
		Target target = jdbc.sql("""
				SELECT r.program_id, r.branch_id, p.owner_unit_id
				FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id JOIN program p ON p.id = r.program_id
				WHERE i.id = ?""").param(nationalItemId)
			.query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional()
			.orElseThrow(() -> new RuleViolation("roadmap.error.item.nationalMissing"));
		Program program = programs.findById(roadmap.getProgramId()).orElseThrow();
		if (roadmap.getBranchId().equals(program.getOwnerUnitId())) {
			throw new RuleViolation("roadmap.error.item.nationalOnNational");
		}
		if (target.programId() != roadmap.getProgramId()) {
			throw new RuleViolation("roadmap.error.item.nationalProgram");
		}
		if (target.branchId() != target.ownerUnitId()) {
			throw new RuleViolation("roadmap.error.item.nationalNotNational");
		}
	}

	private RoadmapItem item(long itemId) {
		return items.findById(itemId).orElseThrow(() -> new NoSuchElementException("roadmap item " + itemId));
	}

	private Indicator indicator(long indicatorId) {
		return indicators.findById(indicatorId)
			.orElseThrow(() -> new NoSuchElementException("indicator " + indicatorId));
	}

	private static void requireVersion(Integer actual, int expected) {
		if (actual == null || actual != expected) {
			throw new OptimisticLockingFailureException("Changed by someone else: version " + actual + ", form had "
					+ expected);
		}
	}
}
