package kz.kenes.roadmap;

import java.time.LocalDate;
import java.util.List;

import kz.kenes.i18n.LocalizedText;

/**
 * Who has an item under control today (a council, a faction, a branch), for the item pages. Implemented by the
 * reporting module, which keeps the watch lists; the roadmap only shows them (the dependency points upwards).
 */
public interface ItemWatchers {

	/** A watcher of an item: the unit's name and the last day of the watch. */
	record Watcher(long unitId, LocalizedText unit, LocalDate until) {
	}

	List<Watcher> watchersOf(long itemId);
}
