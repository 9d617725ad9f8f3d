package kz.kenes.reporting;

import java.util.Locale;

import kz.kenes.platform.RuleViolation;

/** What a rollup groups by: a column of {@code indicator_progress} and where its names live. */
public enum RollupDimension {

	DIRECTION("direction_id", "direction", "NULL", "name_kk", "name_ru", "name_en", "n.sort_order"),
	TASK("task_id", "program_task", "n.number::text", "name_kk", "name_ru", "name_en", "n.number"),
	EXECUTOR("lead_executor_id", "org_unit", "n.code", "name_kk", "name_ru", "name_en", "n.name_kk"),
	BRANCH("branch_id", "org_unit", "n.code", "name_kk", "name_ru", "name_en", "n.name_kk"),
	ITEM("roadmap_item", "roadmap_item", "n.number", "name_kk", "name_ru", "COALESCE(n.name_en, n.name_ru)",
			"n.roadmap_id, n.sort_key"),
	/**
	 * Party projects: through the item's links (an item of two projects counts in both, so the total row of this
	 * rollup may count an item more than once).
	 */
	PROJECT("project_id", "party_project", "n.code", "name_kk", "name_ru", "COALESCE(n.name_en, n.name_ru)",
			"n.code", "JOIN roadmap_item_project ip ON ip.roadmap_item = p.roadmap_item");

	final String column;
	final String nameTable;
	final String code;
	final String kk;
	final String ru;
	final String en;
	final String order;
	/** A join the grouping needs (null: the column is indicator_progress's own). */
	final String join;

	RollupDimension(String column, String nameTable, String code, String kk, String ru, String en, String order) {
		this(column, nameTable, code, kk, ru, en, order, null);
	}

	RollupDimension(String column, String nameTable, String code, String kk, String ru, String en, String order,
			String join) {
		this.column = column;
		this.nameTable = nameTable;
		this.code = code;
		this.kk = kk.contains("(") ? kk : "n." + kk;
		this.ru = ru.contains("(") ? ru : "n." + ru;
		this.en = en.contains("(") ? en : "n." + en;
		this.order = order;
		this.join = join;
	}

	/** The grouping expression in the rollup statements. */
	String key() {
		return join == null ? "p." + column : "ip." + column;
	}

	public static RollupDimension parse(String by) {
		if (by == null || by.isBlank()) {
			return DIRECTION;
		}
		try {
			return valueOf(by.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("reporting.error.rollup.by");
		}
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
