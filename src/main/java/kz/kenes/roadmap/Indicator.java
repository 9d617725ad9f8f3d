package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.Amounts;
import kz.kenes.platform.RuleViolation;

/**
 * What an item is measured by (e.g. "events held", unit EVENTS, summed over the year) with a planned value per
 * year. Its own aggregate: report values reference indicators by id. Planned values of an approved roadmap change
 * only by a revision with a reason; the approved value stays as the original.
 */
@Table("indicator")
public class Indicator {

	static final int MAX_REASON = 2000;

	@Id
	private Long id;
	@Column("roadmap_item")
	private Long roadmapItemId;
	private Long regionId;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private IndicatorUnit unit;
	private Aggregation aggregation = Aggregation.SUM;
	private int sortOrder;
	@MappedCollection(idColumn = "indicator")
	private Set<IndicatorTarget> targets = new HashSet<>();
	@Version
	private Integer version;

	protected Indicator() {
	}

	public Indicator(RoadmapItem item, LocalizedText name, IndicatorUnit unit, Aggregation aggregation, int sortOrder) {
		this.roadmapItemId = item.getId();
		this.regionId = item.getRegionId();
		this.sortOrder = sortOrder;
		describe(name, unit, aggregation);
	}

	public void describe(LocalizedText name, IndicatorUnit unit, Aggregation aggregation) {
		if (name == null || name.kk() == null || name.kk().isBlank() || name.ru() == null || name.ru().isBlank()) {
			throw new RuleViolation("roadmap.error.indicator.name");
		}
		if (unit == null) {
			throw new RuleViolation("roadmap.error.indicator.unit");
		}
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = name.en() == null || name.en().isBlank() ? null : name.en().trim();
		this.unit = unit;
		this.aggregation = aggregation == null ? Aggregation.SUM : aggregation;
	}

	/**
	 * Sets the planned value for a year. While the roadmap is a draft the value simply becomes the plan (and its
	 * original); once approved, a different value needs a reason and is returned as a revision to be recorded.
	 */
	public Optional<TargetRevision> plan(int year, BigDecimal planned, Roadmap roadmap, Program program,
			String reason) {
		roadmap.requireEditable();
		program.requireYear(year);
		if (planned == null || !Amounts.fit(planned)) {
			throw new RuleViolation("roadmap.error.target.value");
		}
		if (unit == IndicatorUnit.PERCENT && planned.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new RuleViolation("roadmap.error.target.percent");
		}
		Optional<IndicatorTarget> current = target(year);
		if (current.isPresent() && current.get().planned().compareTo(planned) == 0) {
			return Optional.empty();
		}
		if (!roadmap.isApproved()) {
			current.ifPresent(targets::remove);
			targets.add(new IndicatorTarget(year, planned, planned));
			return Optional.empty();
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("roadmap.error.target.reason");
		}
		if (reason.length() > MAX_REASON) {
			throw new RuleViolation("roadmap.error.target.reasonTooLong", String.valueOf(MAX_REASON));
		}
		BigDecimal old = current.map(IndicatorTarget::planned).orElse(BigDecimal.ZERO);
		BigDecimal original = current.map(IndicatorTarget::originalPlanned).orElse(planned);
		current.ifPresent(targets::remove);
		targets.add(new IndicatorTarget(year, planned, original));
		return Optional.of(new TargetRevision(id, year, old, planned, reason.trim()));
	}

	/** Drops a year's target; only in a draft roadmap (an approved plan keeps its history). */
	public void dropTarget(int year, Roadmap roadmap) {
		if (roadmap.isApproved() || roadmap.getStatus() == RoadmapStatus.ARCHIVED) {
			throw new RuleViolation("roadmap.error.target.dropApproved");
		}
		targets.removeIf(t -> t.year() == year);
	}

	public Optional<IndicatorTarget> target(int year) {
		return targets.stream().filter(t -> t.year() == year).findFirst();
	}

	public Optional<BigDecimal> plannedFor(int year) {
		return target(year).map(IndicatorTarget::planned);
	}

	public List<IndicatorTarget> getTargets() {
		return targets.stream().sorted(Comparator.comparingInt(IndicatorTarget::year)).toList();
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

	public Long getRoadmapItemId() {
		return roadmapItemId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public IndicatorUnit getUnit() {
		return unit;
	}

	public Aggregation getAggregation() {
		return aggregation;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public Integer getVersion() {
		return version;
	}
}
