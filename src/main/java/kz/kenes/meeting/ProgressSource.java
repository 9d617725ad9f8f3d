package kz.kenes.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Progress figures of roadmap items as they stand on a day: every indicator, each year with a target up to
 * {@code lastYear}; the earlier years whole, the last one for its first {@code lastYearMonths} months (the reporting
 * period heard, e.g. 2024, 10 months).
 */
interface ProgressSource {

	List<HeardFigure> figures(Collection<Long> roadmapItemIds, LocalDate asOf, int lastYear, int lastYearMonths);
}
