package kz.kenes.roadmap;

import java.util.List;

/** One page of items (page counted from 0) and how many items match in all. */
public record ItemPage(List<ItemView> items, long total, int page, int size) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}
}
