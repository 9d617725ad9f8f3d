package kz.kenes.meeting;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Meetings extends ListCrudRepository<Meeting, Long> {

	@Query("SELECT COALESCE(MAX(number), 0) + 1 FROM meeting WHERE council_id = :councilId AND date_part('year', starts_at) = :year")
	int nextNumber(long councilId, int year);

	/** Whether another meeting of the council already has this protocol number in that year. */
	@Query("""
			SELECT EXISTS (SELECT 1 FROM meeting WHERE council_id = :councilId AND date_part('year', starts_at) = :year
			               AND number = :number AND id <> :exceptId)""")
	boolean numberTaken(long councilId, int year, int number, long exceptId);
}
