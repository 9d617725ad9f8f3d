package kz.kenes.identity.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;

/**
 * Names of org units for the admin pages. Identity reads org_unit directly (as {@code Access} does) because
 * organization depends on identity, never the reverse.
 */
@Component
class UnitChoices {

	record Unit(long id, String name) {
	}

	private final JdbcClient jdbc;

	UnitChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Unit> all(Language language) {
		return jdbc.sql("SELECT id, name_kk, name_ru, name_en FROM org_unit")
			.query((rs, n) -> new Unit(rs.getLong(1), language.pick(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list().stream().sorted(KazakhCollation.by(Unit::name, language)).toList();
	}

	Map<Long, String> names(Language language) {
		return all(language).stream().collect(Collectors.toMap(Unit::id, Unit::name));
	}

	boolean exists(long id) {
		return jdbc.sql("SELECT count(*) FROM org_unit WHERE id = ?").param(id).query(Integer.class).single() > 0;
	}

}
