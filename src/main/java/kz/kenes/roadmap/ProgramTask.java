package kz.kenes.roadmap;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

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
		this.number = number;
		this.nameKk = name.kk();
		this.nameRu = name.ru();
		this.nameEn = name.en();
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
