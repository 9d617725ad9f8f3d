package kz.kenes.reporting;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A project run inside an item that groups some of its activities, e.g. «Отбасындағы зорлық-зомбылықсыз Қазақстан»
 * / «Казахстан без бытового насилия», with its winner org unit when it was a competition.
 */
@Table("sub_project")
public class SubProject {

	@Id
	private Long id;
	private Long roadmapItem;
	private Long regionId;
	private String nameKk;
	private String nameRu;
	private String nameEn;
	private Long winnerUnitId;
	private String outcomeKk;
	private String outcomeRu;
	@Version
	private Integer version;

	protected SubProject() {
	}

	SubProject(long roadmapItem, long regionId, LocalizedText name, Long winnerUnitId, String outcomeKk,
			String outcomeRu) {
		this.roadmapItem = roadmapItem;
		this.regionId = regionId;
		change(name, winnerUnitId, outcomeKk, outcomeRu);
	}

	void change(LocalizedText name, Long winnerUnitId, String outcomeKk, String outcomeRu) {
		if (name == null || Activity.blank(name.kk()) || Activity.blank(name.ru())) {
			throw new RuleViolation("reporting.error.subProject.name");
		}
		if (name.kk().length() > 500 || name.ru().length() > 500) {
			throw new RuleViolation("reporting.error.tooLong", 500);
		}
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = Activity.trimToNull(name.en());
		this.winnerUnitId = winnerUnitId;
		this.outcomeKk = Activity.trimToNull(outcomeKk);
		this.outcomeRu = Activity.trimToNull(outcomeRu);
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

	public Long getWinnerUnitId() {
		return winnerUnitId;
	}

	public String getOutcomeKk() {
		return outcomeKk;
	}

	public String getOutcomeRu() {
		return outcomeRu;
	}

	public Integer getVersion() {
		return version;
	}
}
