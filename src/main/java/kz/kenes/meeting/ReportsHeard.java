package kz.kenes.meeting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReportsHeard extends ListCrudRepository<ReportHeard, Long> {

	List<ReportHeard> findByMeetingIdOrderBySortOrderAscIdAsc(long meetingId);
}
