package kz.kenes.roadmap;

/**
 * Narrows a roadmap's items: by direction, task, executor (lead or co-executor), a year (items with a target in
 * that year or work due in it) and words in the name. Any null part does not narrow.
 */
public record ItemFilter(Long directionId, Long taskId, Long executorId, Integer year, String text) {

	public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null);

	public boolean isEmpty() {
		return directionId == null && taskId == null && executorId == null && year == null
				&& (text == null || text.isBlank());
	}
}
