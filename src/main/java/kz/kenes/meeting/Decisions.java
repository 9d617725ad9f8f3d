package kz.kenes.meeting;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Decisions extends ListCrudRepository<Decision, Long> {

	List<Decision> findByMeetingIdOrderByNumber(long meetingId);

	@Query("SELECT COALESCE(MAX(number), 0) + 1 FROM decision WHERE meeting_id = :meetingId")
	int nextNumber(long meetingId);
}
