package kz.kenes.roadmap;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;
import kz.kenes.platform.RuleViolation;

/**
 * A task (міндет / задача) of a program. Its own aggregate, not a child collection of {@link Program}: roadmap
 * items reference tasks by id, and Spring Data JDBC would re-insert child rows under new ids on every save.
 */
@Table("program_task")
public class ProgramTask {

	@Id
	private Long id;
	private Long programId;
	private int number;
	private String nameKk;
	private String nameRu;
	private String nameEn;

	protected ProgramTask() {
	}

	public ProgramTask(long programId, int number, LocalizedText name) {
		this.programId = programId;
		change(number, name);
	}

	/** Renumbers (reorders) and renames the task. */
	public void change(int number, LocalizedText name) {
		if (number < 1 || number > 999) {
			throw new RuleViolation("roadmap.error.task.number");
		}
		if (name == null || name.kk() == null || name.kk().isBlank() || name.ru() == null || name.ru().isBlank()) {
			throw new RuleViolation("roadmap.error.task.name");
		}
		if (name.kk().length() > 1000 || name.ru().length() > 1000
				|| (name.en() != null && name.en().length() > 1000)) {
			throw new RuleViolation("roadmap.error.task.name");
		}
		this.number = number;
		this.nameKk = name.kk().trim();
		this.nameRu = name.ru().trim();
		this.nameEn = name.en() == null || name.en().isBlank() ? this.nameRu : name.en().trim();
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

	public Long getProgramId() {
		return programId;
	}

	public int getNumber() {
		return number;
	}
}
