package kz.kenes.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The additive part of a rollup: per group key, items counted by status, the sum and count of their indicators'
 * done ratios, and planned/actual sums per unit. Every item lies in one region, so the parts of disjoint regions add
 * up to the whole: a national rollup is the sum of regional parts, and a change recomputes one part.
 */
record RollupGroups(Map<Long, Sums> groups) {

	static final RollupGroups NONE = new RollupGroups(Map.of());

	/** One group's figures; severity counts follow {@link ProgressStatus}'s order. */
	record Sums(int items, int noTarget, int done, int onTrack, int behind, int notDone, int problem,
			BigDecimal ratioSum, BigDecimal ratioCount, Map<String, Rollup.UnitSum> units) {

		static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, Map.of());

		Sums plus(Sums o) {
			Map<String, Rollup.UnitSum> sum = new LinkedHashMap<>(units);
			o.units.forEach((unit, s) -> sum.merge(unit, s, Rollup.UnitSum::plus));
			return new Sums(items + o.items, noTarget + o.noTarget, done + o.done, onTrack + o.onTrack,
					behind + o.behind, notDone + o.notDone, problem + o.problem, ratioSum.add(o.ratioSum),
					ratioCount.add(o.ratioCount), sum);
		}
	}

	RollupGroups plus(RollupGroups other) {
		if (other.groups.isEmpty()) {
			return this;
		}
		Map<Long, Sums> sum = new HashMap<>(groups);
		other.groups.forEach((key, s) -> sum.merge(key, s, Sums::plus));
		return new RollupGroups(sum);
	}

	Sums total() {
		return groups.values().stream().reduce(Sums.ZERO, Sums::plus);
	}
}
