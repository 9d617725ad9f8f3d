package kz.kenes.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;
import kz.kenes.identity.AuditTrail;
import kz.kenes.platform.RuleViolation;

/**
 * What executors log under an item: activities held, sub-projects grouping them, facilities and their stages.
 * Each change is authorized (REPORTER in an executor unit of the item), refused inside an accepted (locked)
 * period, version-checked and audited in the same transaction.
 */
@Service
public class ActivityLog {

	/** Kazakhstan's official time (UTC+5), for "today" and for due dates. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

	private final Activities activities;
	private final SubProjects subProjects;
	private final Facilities facilities;
	private final ReportingItems items;
	private final ReportingAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	ActivityLog(Activities activities, SubProjects subProjects, Facilities facilities, ReportingItems items,
			ReportingAccess access, AuditTrail audit, JdbcClient jdbc) {
		this.activities = activities;
		this.subProjects = subProjects;
		this.facilities = facilities;
		this.items = items;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public Activity log(long itemId, ActivityDetails details) {
		ReportingItem item = items.get(itemId);
		long unit = access.writingUnit(item).orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
				"Not an executor of item " + itemId));
		check(item, details);
		Activity activity = activities.save(new Activity(itemId, item.regionId(), unit, details, access.username(),
				today()));
		audit.record("Activity", activity.getId(), "CREATE", null, activity.details(), item.regionId());
		return activity;
	}

	@Transactional
	public Activity change(long activityId, int version, ActivityDetails details) {
		Activity activity = activities.findById(activityId).orElseThrow(NoSuchElementException::new);
		ReportingItem item = items.get(activity.getRoadmapItem());
		access.requireWrite(item);
		requireVersion(activity.getVersion(), version);
		requireUnlocked(item.id(), activity.getHeldOn());
		check(item, details);
		ActivityDetails before = activity.details();
		activity.change(details, today());
		activity = activities.save(activity);
		audit.record("Activity", activityId, "UPDATE", before, activity.details(), item.regionId());
		return activity;
	}

	@Transactional
	public void delete(long activityId, int version) {
		Activity activity = activities.findById(activityId).orElseThrow(NoSuchElementException::new);
		ReportingItem item = items.get(activity.getRoadmapItem());
		access.requireWrite(item);
		requireVersion(activity.getVersion(), version);
		requireUnlocked(item.id(), activity.getHeldOn());
		jdbc.sql("DELETE FROM evidence_file WHERE owner_kind = 'ACTIVITY' AND owner_id = ?").param(activityId)
			.update();
		activities.delete(activity);
		audit.record("Activity", activityId, "DELETE", activity.details(), null, item.regionId());
	}

	@Transactional
	public SubProject addSubProject(long itemId, LocalizedText name, Long winnerUnitId, String outcomeKk,
			String outcomeRu) {
		ReportingItem item = items.get(itemId);
		access.requireWrite(item);
		requireUnits(java.util.Collections.singletonList(winnerUnitId));
		SubProject project = subProjects.save(new SubProject(itemId, item.regionId(), name, winnerUnitId, outcomeKk,
				outcomeRu));
		audit.record("SubProject", project.getId(), "CREATE", null, project.name(), item.regionId());
		return project;
	}

	@Transactional
	public SubProject changeSubProject(long projectId, int version, LocalizedText name, Long winnerUnitId,
			String outcomeKk, String outcomeRu) {
		SubProject project = subProjects.findById(projectId).orElseThrow(NoSuchElementException::new);
		ReportingItem item = items.get(project.getRoadmapItem());
		access.requireWrite(item);
		requireVersion(project.getVersion(), version);
		requireUnits(java.util.Collections.singletonList(winnerUnitId));
		LocalizedText before = project.name();
		project.change(name, winnerUnitId, outcomeKk, outcomeRu);
		project = subProjects.save(project);
		audit.record("SubProject", projectId, "UPDATE", before, project.name(), item.regionId());
		return project;
	}

	@Transactional
	public Facility addFacility(long itemId, LocalizedText name, String address, Integer floors, int plannedYear,
			Set<Amenity> amenities) {
		ReportingItem item = items.get(itemId);
		access.requireWrite(item);
		Facility facility = facilities.save(new Facility(itemId, item.regionId(), name, address, floors, plannedYear,
				amenities));
		audit.record("Facility", facility.getId(), "CREATE", null, facilitySnapshot(facility), item.regionId());
		return facility;
	}

	@Transactional
	public Facility advanceFacility(long facilityId, int version, FacilityStage stage, int percent, LocalDate on,
			String note) {
		Facility facility = facilities.findById(facilityId).orElseThrow(NoSuchElementException::new);
		ReportingItem item = items.get(facility.getRoadmapItem());
		access.requireWrite(item);
		requireVersion(facility.getVersion(), version);
		Object before = facilitySnapshot(facility);
		facility.advance(stage, percent, on, note, access.username(), today());
		facility = facilities.save(facility);
		audit.record("Facility", facilityId, "STAGE", before, facilitySnapshot(facility), item.regionId());
		return facility;
	}

	private static Object facilitySnapshot(Facility f) {
		return java.util.Map.of("name", f.name().kk(), "stage", f.getStage(), "percent", f.getPercentComplete(),
				"amenities", f.amenities());
	}

	private void check(ReportingItem item, ActivityDetails details) {
		if (details.heldOn() != null) {
			requireUnlocked(item.id(), details.heldOn());
		}
		List<Long> units = new ArrayList<>(details.partnerIds() == null ? List.of() : details.partnerIds());
		units.add(details.winnerUnitId());
		requireUnits(units);
		if (details.subProjectId() != null && subProjects.findById(details.subProjectId())
			.filter(p -> p.getRoadmapItem() == item.id()).isEmpty()) {
			throw new RuleViolation("reporting.error.activity.subProject");
		}
	}

	private void requireUnits(List<Long> units) {
		if (!items.unitsExist(units.stream().filter(Objects::nonNull).toList())) {
			throw new RuleViolation("reporting.error.unknownUnit");
		}
	}

	/** An accepted report locks the months it covers: nothing dated in them changes until it is reopened. */
	void requireUnlocked(long itemId, LocalDate date) {
		boolean locked = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM period_report WHERE roadmap_item = :item AND status = 'ACCEPTED'
				   AND year = :year AND :month BETWEEN first_month AND last_month)""")
			.param("item", itemId).param("year", date.getYear()).param("month", date.getMonthValue())
			.query(Boolean.class).single();
		if (locked) {
			throw new RuleViolation("reporting.error.periodLocked");
		}
	}

	static void requireVersion(Integer current, int submitted) {
		if (current == null || current != submitted) {
			throw new OptimisticLockingFailureException("Changed by someone else meanwhile");
		}
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}
}
