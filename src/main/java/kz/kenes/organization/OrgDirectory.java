package kz.kenes.organization;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;
import kz.kenes.i18n.LocalizedText;

/** Read side of the org structure: who holds which post, each list in one query. */
@Component
public class OrgDirectory {

	private static final String APPOINTMENTS = """
			SELECT p.id, p.version, p.person_id, pe.full_name_kk, pe.full_name_ru, pe.full_name_en,
			       p.org_unit_id, u.name_kk, u.name_ru, u.name_en, p.post, p.start_date, p.end_date
			FROM position_held p
			JOIN person pe ON pe.id = p.person_id
			JOIN org_unit u ON u.id = p.org_unit_id
			""";

	private final JdbcClient jdbc;

	OrgDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Positions in a unit, current ones first, by the rank of the post, then by name in the Kazakh order. */
	public List<Appointment> positionsIn(long unitId, Language language) {
		return sorted(jdbc.sql(APPOINTMENTS + " WHERE p.org_unit_id = ?").param(unitId).query(this::appointment)
			.list(), language);
	}

	/** Positions currently held in a unit (what the public page shows). */
	public List<Appointment> currentPositionsIn(long unitId, Language language) {
		return positionsIn(unitId, language).stream().filter(Appointment::isCurrent).toList();
	}

	public List<Appointment> positionsOf(long personId, Language language) {
		return sorted(jdbc.sql(APPOINTMENTS + " WHERE p.person_id = ?").param(personId).query(this::appointment)
			.list(), language);
	}

	private static List<Appointment> sorted(List<Appointment> list, Language language) {
		return list.stream()
			.sorted(Comparator.comparing((Appointment a) -> !a.isCurrent())
				.thenComparing(Appointment::post)
				.thenComparing(KazakhCollation.by((Appointment a) -> a.personName(language), language)))
			.toList();
	}

	private Appointment appointment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Appointment(rs.getLong(1), rs.getInt(2), rs.getLong(3),
				new LocalizedText(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getLong(7),
				new LocalizedText(rs.getString(8), rs.getString(9), rs.getString(10)), Post.valueOf(rs.getString(11)),
				rs.getObject(12, java.time.LocalDate.class), rs.getObject(13, java.time.LocalDate.class));
	}
}
