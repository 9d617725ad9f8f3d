package kz.kenes.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.kenes.i18n.KazakhCollation;
import kz.kenes.i18n.Language;

/** Org units laid out as an indented tree: parents before children, siblings in the order of the alphabet. */
public final class OrgTree {

	/** A unit at its depth below the top of the listed units. */
	public record Row(OrgUnit unit, int depth) {
	}

	private OrgTree() {
	}

	public static List<Row> of(Collection<OrgUnit> units, Language language) {
		Set<Long> ids = units.stream().map(OrgUnit::getId).collect(Collectors.toSet());
		Map<Long, List<OrgUnit>> children = units.stream()
			.filter(u -> u.getParentId() != null && ids.contains(u.getParentId()))
			.collect(Collectors.groupingBy(OrgUnit::getParentId));
		List<OrgUnit> tops = units.stream().filter(u -> u.getParentId() == null || !ids.contains(u.getParentId()))
			.toList();
		List<Row> rows = new ArrayList<>();
		add(tops, 0, children, language, rows);
		return rows;
	}

	private static void add(List<OrgUnit> siblings, int depth, Map<Long, List<OrgUnit>> children, Language language,
			List<Row> rows) {
		siblings.stream().sorted(KazakhCollation.by((OrgUnit u) -> u.name(language), language)).forEach(u -> {
			rows.add(new Row(u, depth));
			add(children.getOrDefault(u.getId(), List.of()), depth + 1, children, language, rows);
		});
	}
}
