package kz.kenes.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A facility (deliverable) of a construction item: a building with floors and amenities that moves from design to
 * construction to commissioned, with a percent complete and a dated history of stage changes.
 */
@Table("facility")
public class Facility {

	@Id
	private Long id;
	private Long roadmapItem;
	private Long regionId;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private String address;
	private Integer floors;
	private int plannedYear;
	private FacilityStage stage = FacilityStage.DESIGN;
	private int percentComplete;
	@MappedCollection(idColumn = "facility")
	private Set<FacilityAmenity> amenities = new LinkedHashSet<>();
	@MappedCollection(idColumn = "facility", keyColumn = "facility_key")
	private List<StageChange> changes = new ArrayList<>();
	@Version
	private Integer version;

	protected Facility() {
	}

	Facility(long roadmapItem, long regionId, LocalizedText name, String address, Integer floors, int plannedYear,
			Set<Amenity> amenities) {
		this.roadmapItem = roadmapItem;
		this.regionId = regionId;
		describe(name, address, floors, plannedYear, amenities);
	}

	void describe(LocalizedText name, String address, Integer floors, int plannedYear, Set<Amenity> amenities) {
		if (name == null || Activity.blank(name.kk()) || Activity.blank(name.ru())) {
			throw new RuleViolation("reporting.error.facility.name");
		}
		if (floors != null && (floors < 1 || floors > 200)) {
			throw new RuleViolation("reporting.error.facility.floors");
		}
		if (plannedYear < 2000 || plannedYear > 2100) {
			throw new RuleViolation("reporting.error.period.year");
		}
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = Activity.trimToNull(name.en());
		this.address = Activity.trimToNull(address);
		this.floors = floors;
		this.plannedYear = plannedYear;
		Set<FacilityAmenity> set = new LinkedHashSet<>();
		(amenities == null ? EnumSet.noneOf(Amenity.class) : amenities).forEach(a -> set.add(new FacilityAmenity(a)));
		this.amenities = set;
	}

	/**
	 * Records progress on a date: the stage never goes back, the percent never falls, commissioned means 100 %, and
	 * a change cannot be dated before the previous one.
	 */
	void advance(FacilityStage to, int percent, LocalDate on, String note, String by, LocalDate today) {
		if (to == null || on == null) {
			throw new RuleViolation("reporting.error.facility.stage");
		}
		if (percent < 0 || percent > 100) {
			throw new RuleViolation("reporting.error.facility.percent");
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("reporting.error.activity.future");
		}
		if (to.compareTo(stage) < 0) {
			throw new RuleViolation("reporting.error.facility.backwards");
		}
		if (percent < percentComplete) {
			throw new RuleViolation("reporting.error.facility.percentDown");
		}
		if (to == FacilityStage.COMMISSIONED && percent != 100) {
			throw new RuleViolation("reporting.error.facility.commissioned");
		}
		if (!changes.isEmpty() && on.isBefore(changes.get(changes.size() - 1).changedOn())) {
			throw new RuleViolation("reporting.error.facility.dateOrder");
		}
		this.stage = to;
		this.percentComplete = percent;
		this.changes.add(new StageChange(on, to, percent, Activity.trimToNull(note), by));
	}

	public Set<Amenity> amenities() {
		Set<Amenity> set = EnumSet.noneOf(Amenity.class);
		amenities.forEach(a -> set.add(a.amenity()));
		return set;
	}

	public LocalizedText name() {
		return new LocalizedText(nameKk, nameRu, nameEn);
	}

	public String name(Language language) {
		return language.pick(nameKk, nameRu, nameEn);
	}

	public Long getId() {
		return id;
	}

	public Long getRoadmapItem() {
		return roadmapItem;
	}

	public Long getRegionId() {
		return regionId;
	}

	public String getAddress() {
		return address;
	}

	public Integer getFloors() {
		return floors;
	}

	public int getPlannedYear() {
		return plannedYear;
	}

	public FacilityStage getStage() {
		return stage;
	}

	public int getPercentComplete() {
		return percentComplete;
	}

	public List<StageChange> getChanges() {
		return List.copyOf(changes);
	}

	public Integer getVersion() {
		return version;
	}

	/** A dated stage change. */
	@Table("facility_stage_change")
	public record StageChange(LocalDate changedOn, FacilityStage stage, int percentComplete, String note,
			String changedBy) {
	}

	@Table("facility_amenity")
	record FacilityAmenity(Amenity amenity) {
	}
}
