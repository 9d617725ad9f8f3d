package kz.kenes.reporting;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kz.kenes.identity.Access;
import kz.kenes.identity.Role;

/**
 * Who may do what with an item's reporting, by role AND org unit: the item's executors (REPORTER in an executor
 * unit) write; the secretary of the roadmap's branch (SECRETARY there or above) reviews; council members of the
 * branch read what was submitted. Drafts stay with the executors.
 */
@Component
public class ReportingAccess {

	private final Access access;

	ReportingAccess(Access access) {
		this.access = access;
	}

	public boolean canWrite(ReportingItem item) {
		return writingUnit(item).isPresent();
	}

	/** The executor unit in which the current user reports for the item (the lead first). */
	public Optional<Long> writingUnit(ReportingItem item) {
		return item.executorIds().stream().filter(unit -> access.can(Role.REPORTER, unit)).findFirst();
	}

	public boolean canReview(ReportingItem item) {
		return access.can(Role.SECRETARY, item.branchId());
	}

	/** Reading what executors submitted: executors, the branch's secretaries and council members. */
	public boolean canRead(ReportingItem item) {
		return canWrite(item) || access.canAny(item.branchId(), Role.SECRETARY, Role.MEMBER);
	}

	public boolean canReadReport(ReportingItem item, ReportStatus status) {
		return canWrite(item) || (status != ReportStatus.DRAFT && canRead(item));
	}

	public void requireWrite(ReportingItem item) {
		if (!canWrite(item)) {
			throw new AccessDeniedException("Not an executor of item " + item.id());
		}
	}

	public void requireReview(ReportingItem item) {
		if (!canReview(item)) {
			throw new AccessDeniedException("Not a secretary of branch " + item.branchId());
		}
	}

	public void requireRead(ReportingItem item) {
		if (!canRead(item)) {
			throw new AccessDeniedException("Cannot read item " + item.id());
		}
	}

	public void requireReadReport(ReportingItem item, ReportStatus status) {
		if (!canReadReport(item, status)) {
			throw new AccessDeniedException("Cannot read this report of item " + item.id());
		}
	}

	public String username() {
		return access.currentUsername();
	}
}
