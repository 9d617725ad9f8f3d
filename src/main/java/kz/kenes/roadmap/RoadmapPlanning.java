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
			JdbcClient jdbc, RoadmapBulkWriter bulk) {
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

		References(Roadmap roadmap) {
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
