package kz.kenes.meeting;

import java.util.List;

/** One page of the public events list and how many events the filter matches in all. */
public record EventPage(List<MeetingSummary> events, long total, int page, int size) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
