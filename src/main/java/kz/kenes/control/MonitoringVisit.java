package kz.kenes.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.platform.RuleViolation;

/** A monitoring visit (мониторингтік сапар / мониторинговый выезд) of a control commission. */
@Table("monitoring_visit")
public class MonitoringVisit {

	@Id
	private Long id;
	private Long commissionId;
	private Long branchId;
	private Long regionId;
	private VisitType visitType;
	private LocalDate visitedOn;
	private String siteKk;
	private String siteRu;
	private Long subjectUnitId;
	private String findingsKk;
	private String findingsRu;
	private boolean isExample;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "monitoring_visit")
	private Set<VisitMember> members = new HashSet<>();

	protected MonitoringVisit() {
	}

	MonitoringVisit(long commissionId, long branchId, Long regionId, VisitRecord record, LocalDate today) {
		this.commissionId = commissionId;
		this.branchId = branchId;
		this.regionId = regionId;
		change(record, today);
	}

	void change(VisitRecord record, LocalDate today) {
		if (record.type() == null) {
			throw new RuleViolation("control.error.type");
		}
		if (record.visitedOn() == null) {
			throw new RuleViolation("control.error.date");
		}
		if (record.visitedOn().isAfter(today)) {
			throw new RuleViolation("control.error.futureVisit");
		}
		if (blank(record.siteKk()) || blank(record.siteRu())) {
			throw new RuleViolation("control.error.site");
		}
		if (blank(record.findingsKk()) || blank(record.findingsRu())) {
			throw new RuleViolation("control.error.findings");
		}
		if (record.memberIds() == null || record.memberIds().isEmpty()) {
			throw new RuleViolation("control.error.members");
		}
		if (record.findingsKk().length() > 8000 || record.findingsRu().length() > 8000
				|| record.siteKk().length() > 1000 || record.siteRu().length() > 1000) {
			throw new RuleViolation("control.error.tooLong");
		}
		this.visitType = record.type();
		this.visitedOn = record.visitedOn();
		this.siteKk = record.siteKk().strip();
		this.siteRu = record.siteRu().strip();
		this.subjectUnitId = record.subjectUnitId();
		this.findingsKk = record.findingsKk().strip();
		this.findingsRu = record.findingsRu().strip();
		Set<VisitMember> people = new HashSet<>();
		record.memberIds().forEach(p -> people.add(new VisitMember(p)));
		this.members = people;
	}

	void markExample() {
		this.isExample = true;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public Long getId() {
		return id;
	}

	public Long getCommissionId() {
		return commissionId;
	}

	public Long getBranchId() {
		return branchId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public Integer getVersion() {
		return version;
	}

	Snapshot snapshot() {
		return new Snapshot(id, commissionId, visitType, visitedOn, siteKk, siteRu, subjectUnitId, findingsKk, findingsRu,
				members.stream().map(VisitMember::personId).sorted().toList());
	}

	record Snapshot(Long id, Long commissionId, VisitType visitType, LocalDate visitedOn, String siteKk, String siteRu, Long subjectUnitId,
			String findingsKk, String findingsRu, List<Long> members) {
	}
}
