package kz.kenes.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.identity.Access;
import kz.kenes.identity.AuditTrail;
import kz.kenes.identity.Role;
import kz.kenes.organization.OrgUnit;
import kz.kenes.organization.OrgUnitKind;
import kz.kenes.organization.OrgUnits;
import kz.kenes.organization.People;
import kz.kenes.platform.RuleViolation;

/**
 * Changes in party control. The SECRETARY of the commission (or of its branch) records visits and recommendations
 * and decides whether a recommendation is fulfilled; a REPORTER of the executor reports what was done.
 */
@Service
public class ControlWorkflow {

	private final MonitoringVisits visits;
	private final Recommendations recommendations;
	private final ControlPeriodCounts periodCounts;
	private final OrgUnits units;
	private final People people;
	private final Access access;
	private final AuditTrail audit;
	private final Clock clock;

	ControlWorkflow(MonitoringVisits visits, Recommendations recommendations, ControlPeriodCounts periodCounts,
			OrgUnits units, People people, Access access, AuditTrail audit, Optional<Clock> clock) {
		this.visits = visits;
		this.periodCounts = periodCounts;
		this.recommendations = recommendations;
		this.units = units;
		this.people = people;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public long recordVisit(long commissionId, VisitRecord record) {
		OrgUnit commission = units.findById(commissionId)
			.filter(u -> u.getKind() == OrgUnitKind.CONTROL_COMMISSION)
			.orElseThrow(() -> new RuleViolation("control.error.commission"));
		access.require(Role.SECRETARY, commissionId);
		requirePeople(record);
		MonitoringVisit visit = visits.save(new MonitoringVisit(commissionId,
				commission.getParentId() == null ? commissionId : commission.getParentId(), commission.getRegionId(),
				record, today()));
		audit.record("MonitoringVisit", visit.getId(), "RECORD", null, visit.snapshot(), visit.getRegionId());
		return visit.getId();
	}

	/** Totals for a period from a commission that reports no single visits; SECRETARY of the commission. */
	@Transactional
	public long recordPeriodCount(long commissionId, PeriodCountRecord record) {
		OrgUnit commission = units.findById(commissionId)
			.filter(u -> u.getKind() == OrgUnitKind.CONTROL_COMMISSION)
			.orElseThrow(() -> new RuleViolation("control.error.commission"));
		access.require(Role.SECRETARY, commissionId);
		ControlPeriodCount count = new ControlPeriodCount(commissionId,
				commission.getParentId() == null ? commissionId : commission.getParentId(), commission.getRegionId(),
				record, today());
		requireNoOverlap(count);
		count = periodCounts.save(count);
		audit.record("ControlPeriodCount", count.getId(), "RECORD", null, count.snapshot(), count.getRegionId());
		return count.getId();
	}

	@Transactional
	public void changePeriodCount(long id, int version, PeriodCountRecord record) {
		ControlPeriodCount count = periodCounts.findById(id)
			.orElseThrow(() -> new NoSuchElementException("period count " + id));
		access.require(Role.SECRETARY, count.getCommissionId());
		checkVersion(count.getVersion(), version, "period count " + id);
		ControlPeriodCount.Snapshot before = count.snapshot();
		count.change(record, today());
		requireNoOverlap(count);
		count = periodCounts.save(count);
		audit.record("ControlPeriodCount", id, "CHANGE", before, count.snapshot(), count.getRegionId());
	}

	private void requireNoOverlap(ControlPeriodCount count) {
		if (periodCounts.findSameKind(count.getCommissionId(), count.getYear(), count.getVisitType().name()).stream()
			.anyMatch(count::overlaps)) {
			throw new RuleViolation("control.error.periodOverlap");
		}
	}

	@Transactional
	public void changeVisit(long id, int version, VisitRecord record) {
		MonitoringVisit visit = visits.findById(id).orElseThrow(() -> new NoSuchElementException("visit " + id));
		access.require(Role.SECRETARY, visit.getCommissionId());
		checkVersion(visit.getVersion(), version, "visit " + id);
		requirePeople(record);
		MonitoringVisit.Snapshot before = visit.snapshot();
		visit.change(record, today());
		visit = visits.save(visit);
		audit.record("MonitoringVisit", id, "CHANGE", before, visit.snapshot(), visit.getRegionId());
	}

	@Transactional
	public long recommend(long visitId, String textKk, String textRu, long executorId, LocalDate dueDate) {
		MonitoringVisit visit = visits.findById(visitId)
			.orElseThrow(() -> new NoSuchElementException("visit " + visitId));
		access.require(Role.SECRETARY, visit.getCommissionId());
		if (!units.existsById(executorId)) {
			throw new RuleViolation("control.error.executor");
		}
		Recommendation recommendation = recommendations
			.save(new Recommendation(visit, textKk, textRu, executorId, dueDate));
		audit.record("Recommendation", recommendation.getId(), "ISSUE", null, recommendation.snapshot(),
				visit.getRegionId());
		return recommendation.getId();
	}

	/** The executor (or the commission's secretary on its behalf) reports what was done. */
	@Transactional
	public void reportFulfilment(long id, int version, String text) {
		Recommendation recommendation = load(id, version);
		if (!access.can(Role.REPORTER, recommendation.getExecutorId()) && !isSecretary(recommendation)) {
			throw new AccessDeniedException("Only the executor reports on a recommendation");
		}
		update(recommendation, "REPORT", r -> r.report(text, today()));
	}

	@Transactional
	public void confirmFulfilled(long id, int version) {
		Recommendation recommendation = load(id, version);
		requireSecretary(recommendation);
		update(recommendation, "FULFILLED", r -> r.confirm(today()));
	}

	@Transactional
	public void returnToExecutor(long id, int version, String comment) {
		Recommendation recommendation = load(id, version);
		requireSecretary(recommendation);
		update(recommendation, "RETURN", r -> r.returnWith(comment));
	}

	/** Marks a visit as an example (demo data); administrators only. */
	@Transactional
	public void markExample(long visitId) {
		if (!access.isAdmin()) {
			throw new AccessDeniedException("Only administrators mark examples");
		}
		MonitoringVisit visit = visits.findById(visitId)
			.orElseThrow(() -> new NoSuchElementException("visit " + visitId));
		visit.markExample();
		visits.save(visit);
		audit.record("MonitoringVisit", visitId, "MARK_EXAMPLE", null, visit.snapshot(), visit.getRegionId());
	}

	public boolean canKeep(long commissionId) {
		return access.can(Role.SECRETARY, commissionId);
	}

	private boolean isSecretary(Recommendation recommendation) {
		return visits.findById(recommendation.getVisitId())
			.map(v -> access.can(Role.SECRETARY, v.getCommissionId())).orElse(false);
	}

	private void requireSecretary(Recommendation recommendation) {
		if (!isSecretary(recommendation)) {
			throw new AccessDeniedException("Only the commission's secretary decides on fulfilment");
		}
	}

	private void requirePeople(VisitRecord record) {
		if (record == null) {
			throw new RuleViolation("control.error.date");
		}
		if (record.memberIds() != null && !record.memberIds().stream().allMatch(people::existsById)) {
			throw new RuleViolation("control.error.members");
		}
		if (record.subjectUnitId() != null && !units.existsById(record.subjectUnitId())) {
			throw new RuleViolation("control.error.executor");
		}
	}

	private Recommendation load(long id, int version) {
		Recommendation recommendation = recommendations.findById(id)
			.orElseThrow(() -> new NoSuchElementException("recommendation " + id));
		checkVersion(recommendation.getVersion(), version, "recommendation " + id);
		return recommendation;
	}

	private void update(Recommendation recommendation, String action, Consumer<Recommendation> change) {
		Recommendation.Snapshot before = recommendation.snapshot();
		change.accept(recommendation);
		Recommendation saved = recommendations.save(recommendation);
		audit.record("Recommendation", saved.getId(), action, before, saved.snapshot(), null);
	}

	private static void checkVersion(Integer actual, int expected, String what) {
		if (actual == null || actual != expected) {
			throw new OptimisticLockingFailureException(what + " changed since version " + expected);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
