package kz.kenes.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kenes.i18n.LocalizedText;

/**
 * The names an org unit had on a day: pages, protocols and news of a past day show the name of that day (a
 * protocol of 2021 says «Нұр Отан», one of 2024 «AMANAT»). Names are changed through {@link OrgStructure}.
 */
@Component
@Transactional(readOnly = true)
public class OrgUnitNames {

	/** A name and the days it was used: from {@code validFrom} (null: since before anything recorded) until {@code validUntil} (null: still). */
	public record NameSpan(LocalDate validFrom, LocalDate validUntil, LocalizedText name) {
	}

	private final JdbcClient jdbc;

	OrgUnitNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's name on a day (its current name when it was never renamed, or the day is unknown to history). */
	public LocalizedText nameOn(long unitId, LocalDate date) {
		LocalizedText name = namesOn(List.of(unitId), date).get(unitId);
		if (name == null) {
			throw new java.util.NoSuchElementException("No org unit " + unitId);
		}
		return name;
	}

	/** {@link #nameOn} for many units in one query; unknown ids are left out. */
	public Map<Long, LocalizedText> namesOn(Collection<Long> unitIds, LocalDate date) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, LocalizedText> names = new HashMap<>();
		// the name taken last on or before the day; before the first recorded day, the first name
		jdbc.sql("""
				SELECT u.id, coalesce(n.name_kk, u.name_kk), coalesce(n.name_ru, u.name_ru), coalesce(n.name_en, u.name_en)
				FROM org_unit u
				LEFT JOIN LATERAL (
				    SELECT x.name_kk, x.name_ru, x.name_en FROM org_unit_name x
				    WHERE x.org_unit_id = u.id
				    ORDER BY (x.valid_from IS NULL OR x.valid_from <= :day) DESC,
				             CASE WHEN x.valid_from IS NULL OR x.valid_from <= :day THEN x.valid_from END DESC NULLS LAST,
				             x.valid_from ASC
				    LIMIT 1) n ON TRUE
				WHERE u.id IN (:ids)""")
			.param("day", date).param("ids", unitIds)
			.query(rs -> {
				names.put(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return names;
	}

	/** Every name the unit has had, the earliest first, each with its days; the current name last. */
	public List<NameSpan> history(long unitId) {
		List<Object[]> rows = jdbc.sql("""
				SELECT valid_from, name_kk, name_ru, name_en FROM org_unit_name WHERE org_unit_id = ?
				ORDER BY valid_from ASC NULLS FIRST""").param(unitId)
			.query((rs, n) -> new Object[] { rs.getObject(1, LocalDate.class),
					new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)) })
			.list();
		List<NameSpan> spans = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			LocalDate next = i + 1 < rows.size() ? (LocalDate) rows.get(i + 1)[0] : null;
			spans.add(new NameSpan((LocalDate) rows.get(i)[0], next == null ? null : next.minusDays(1),
					(LocalizedText) rows.get(i)[1]));
		}
		return spans;
	}

	/** The day the current name was taken (null when never renamed or unknown). */
	LocalDate currentSince(long unitId) {
		return date("SELECT max(valid_from) FROM org_unit_name WHERE org_unit_id = ?", unitId);
	}

	/** The earliest recorded day a name was taken (null when there is none, or the first name's day is unknown). */
	LocalDate firstSince(long unitId) {
		return date("SELECT min(valid_from) FROM org_unit_name WHERE org_unit_id = ?", unitId);
	}

	private LocalDate date(String sql, long unitId) {
		return jdbc.sql(sql).param(unitId).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	boolean hasHistory(long unitId) {
		return jdbc.sql("SELECT count(*) FROM org_unit_name WHERE org_unit_id = ?").param(unitId).query(Long.class)
			.single() > 0;
	}

	boolean hasUndatedFirst(long unitId) {
		return jdbc.sql("SELECT count(*) FROM org_unit_name WHERE org_unit_id = ? AND valid_from IS NULL")
			.param(unitId).query(Long.class).single() > 0;
	}

	@Transactional
	void insert(long unitId, LocalDate validFrom, LocalizedText name) {
		jdbc.sql("INSERT INTO org_unit_name (org_unit_id, valid_from, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?, ?)")
			.params(unitId, validFrom, name.kk(), name.ru(), name.en()).update();
	}

	/** A correction of the current name's spelling: the latest recorded name follows it. */
	@Transactional
	void correctCurrent(long unitId, LocalizedText name) {
		jdbc.sql("""
				UPDATE org_unit_name SET name_kk = ?, name_ru = ?, name_en = ?
				WHERE id = (SELECT id FROM org_unit_name WHERE org_unit_id = ? ORDER BY valid_from DESC NULLS LAST LIMIT 1)""")
			.params(name.kk(), name.ru(), name.en(), unitId).update();
	}

	@Transactional
	void dateFirst(long unitId, LocalDate validFrom) {
		jdbc.sql("UPDATE org_unit_name SET valid_from = ? WHERE org_unit_id = ? AND valid_from IS NULL")
			.params(validFrom, unitId).update();
	}
}
