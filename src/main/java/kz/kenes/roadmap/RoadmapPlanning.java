package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Objects;
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

	RoadmapPlanning(Programs programs, ProgramTasks tasks, Directions directions, Roadmaps roadmaps,
			RoadmapItems items, Indicators indicators, OrgUnits units, AuditTrail audit, Access access,
			JdbcClient jdbc) {
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
	}

	/** Whether the current user may change this roadmap (SECRETARY of its branch or above, or ADMIN). */
	public boolean canEdit(long roadmapId) {
		return roadmaps.findById(roadmapId).map(r -> access.can(Role.SECRETARY, r.getBranchId())).orElse(false);
	}

	@Transactional
	public Roadmap startRoadmap(long programId, long branchId) {
		access.require(Role.SECRETARY, branchId);
		Program program = programs.findById(programId).orElseThrow(() -> new NoSuchElementException("program"));
		OrgUnit branch = units.findById(branchId).orElseThrow(() -> new NoSuchElementException("branch"));
		if (roadmaps.findByProgramIdAndBranchId(programId, branchId).isPresent()) {
			throw new RuleViolation("roadmap.error.roadmap.exists");
		}
		Roadmap roadmap = roadmaps.save(new Roadmap(program.getId(), branch.getId(),
				branch.getRegionId() == null ? branch.getId() : branch.getRegionId()));
		audit.record("Roadmap", roadmap.getId(), "CREATE", null, roadmap, roadmap.getRegionId());
		return roadmap;
	}

	@Transactional
	public Roadmap approve(long roadmapId, LocalDate on) {
		Roadmap roadmap = editableRoadmap(roadmapId);
		roadmap.approve(on);
		roadmap = roadmaps.save(roadmap);
		audit.record("Roadmap", roadmap.getId(), "APPROVE", null, roadmap, roadmap.getRegionId());
		return roadmap;
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

	/** An indicator as the audit trail records it. */
	public record IndicatorSnapshot(long itemId, LocalizedText name, IndicatorUnit unit, Aggregation aggregation,
			java.util.List<IndicatorTarget> targets) {
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

	/** Task of the roadmap's own program, an existing direction, existing executors. */
	void checkReferences(Roadmap roadmap, ItemDetails details) {
		if (details.taskId() != null && tasks.findById(details.taskId())
			.filter(t -> Objects.equals(t.getProgramId(), roadmap.getProgramId())).isEmpty()) {
			throw new RuleViolation("roadmap.error.item.task");
		}
		if (details.directionId() != null && !directions.existsById(details.directionId())) {
			throw new RuleViolation("roadmap.error.item.direction");
		}
		if (!units.existsById(details.leadExecutorId())) {
			throw new RuleViolation("roadmap.error.item.executor");
		}
		if (details.coExecutorIds() != null) {
			for (Long co : details.coExecutorIds()) {
				if (co == null || !units.existsById(co)) {
					throw new RuleViolation("roadmap.error.item.executor");
				}
			}
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
