package kz.kenes.roadmap;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.Amounts;
import kz.kenes.platform.RuleViolation;

/**
 * An item (іс-шара / мероприятие) of a roadmap in the columns of Kazakhstan government plans: № · name ·
 * completion form · responsible executors (exactly one lead, any co-executors) · deadline · estimated cost (₸) ·
 * funding source; plus task, direction and notes. Indicators are separate aggregates ({@link Indicator}).
 */
@Table("roadmap_item")
public class RoadmapItem {

	/** Numbers as plans write them: "1", "12", "3.1", "2.4.1". */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,5}(\\.\\d{1,2}){0,2}");
	static final int MAX_NAME = 2000;
	static final int MAX_NOTES = 4000;

	@Id
	private Long id;
	private Long roadmapId;
	private Long regionId;
	private String number;
	private int sortKey;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private CompletionForm completionForm;
	private Long taskId;
	private Long directionId;
	@Embedded.Nullable(prefix = "deadline_")
	private Deadline deadline;
	private BigDecimal estimatedCost;
	private FundingSource fundingSource;
	private String notes;
	private Long nationalItemId;
	@Column("is_example")
	private boolean example;
	@MappedCollection(idColumn = "roadmap_item")
	private Set<ItemExecutor> executors = new HashSet<>();
	@Version
	private Integer version;

	protected RoadmapItem() {
	}

	public RoadmapItem(Roadmap roadmap, ItemDetails details) {
		roadmap.requireEditable();
		this.roadmapId = roadmap.getId();
		this.regionId = roadmap.getRegionId();
		change(details);
	}

	/** Applies the columns of the plan, checking each rule; nothing changes when one fails. */
	public void change(ItemDetails details) {
		String number = details.number() == null ? "" : details.number().trim();
		if (!NUMBER.matcher(number).matches()) {
			throw new RuleViolation("roadmap.error.item.number", number);
		}
		LocalizedText name = details.name();
		if (name == null || blank(name.kk()) || blank(name.ru())) {
			throw new RuleViolation("roadmap.error.item.name");
		}
		if (name.kk().length() > MAX_NAME || name.ru().length() > MAX_NAME
				|| (name.en() != null && name.en().length() > MAX_NAME)) {
			throw new RuleViolation("roadmap.error.item.nameTooLong", String.valueOf(MAX_NAME));
		}
		if (details.completionForm() == null) {
			throw new RuleViolation("roadmap.error.item.completionForm");
		}
		if (details.deadline() == null) {
			throw new RuleViolation("roadmap.error.deadline.required");
		}
		if (details.estimatedCost() != null && !Amounts.fit(details.estimatedCost())) {
			throw new RuleViolation("roadmap.error.item.cost");
		}
		if (details.notes() != null && details.notes().length() > MAX_NOTES) {
			throw new RuleViolation("roadmap.error.item.notesTooLong", String.valueOf(MAX_NOTES));
		}
		Set<ItemExecutor> executors = new LinkedHashSet<>();
		executors.add(new ItemExecutor(details.leadExecutorId(), true));
		Set<Long> seen = new HashSet<>(Set.of(details.leadExecutorId()));
		for (Long co : details.coExecutorIds() == null ? List.<Long>of() : details.coExecutorIds()) {
			if (co != null && seen.add(co)) {
				executors.add(new ItemExecutor(co, false));
			}
		}
		this.number = number;
		this.sortKey = sortKeyOf(number);
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = blank(name.en()) ? null : name.en().trim();
		this.completionForm = details.completionForm();
		this.taskId = details.taskId();
		this.directionId = details.directionId();
		this.deadline = details.deadline();
		this.estimatedCost = details.estimatedCost();
		this.fundingSource = details.fundingSource();
		this.notes = blank(details.notes()) ? null : details.notes().trim();
		this.nationalItemId = details.nationalItemId();
		this.executors = executors;
	}

	/** Marks an item as an illustration (demo data), so that pages can say so. */
	public void markAsExample() {
		this.example = true;
	}

	/** "2.10" sorts after "2.9" and "10" after "9": up to 99999.99.99, packed into one int. */
	static int sortKeyOf(String number) {
		String[] parts = number.split("\\.");
		int key = Integer.parseInt(parts[0]) * 10_000;
		if (parts.length > 1) {
			key += Integer.parseInt(parts[1]) * 100;
		}
		if (parts.length > 2) {
			key += Integer.parseInt(parts[2]);
		}
		return key;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public ItemDetails details() {
		return new ItemDetails(number, name(), completionForm, taskId, directionId, deadline, estimatedCost,
				fundingSource, notes, leadExecutorId(), coExecutorIds(), nationalItemId);
	}

	public long leadExecutorId() {
		return executors.stream().filter(ItemExecutor::lead).findFirst().orElseThrow().orgUnitId();
	}

	public List<Long> coExecutorIds() {
		return executors.stream().filter(e -> !e.lead()).map(ItemExecutor::orgUnitId).sorted().toList();
	}

	public boolean isExecutedBy(long orgUnitId) {
		return executors.stream().anyMatch(e -> e.orgUnitId() == orgUnitId);
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

	public Long getRoadmapId() {
		return roadmapId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public String getNumber() {
		return number;
	}

	public int getSortKey() {
		return sortKey;
	}

	public CompletionForm getCompletionForm() {
		return completionForm;
	}

	public Long getTaskId() {
		return taskId;
	}

	public Long getDirectionId() {
		return directionId;
	}

	public Deadline getDeadline() {
		return deadline;
	}

	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public FundingSource getFundingSource() {
		return fundingSource;
	}

	public String getNotes() {
		return notes;
	}

	public Long getNationalItemId() {
		return nationalItemId;
	}

	public boolean isExample() {
		return example;
	}

	public List<ItemExecutor> getExecutors() {
		return executors.stream().sorted(Comparator.comparing((ItemExecutor e) -> !e.lead())
			.thenComparing(ItemExecutor::orgUnitId)).toList();
	}

	public Integer getVersion() {
		return version;
	}
}
