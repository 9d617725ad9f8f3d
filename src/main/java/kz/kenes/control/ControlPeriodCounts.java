package kz.kenes.control;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ControlPeriodCounts extends ListCrudRepository<ControlPeriodCount, Long> {

	@Query("SELECT * FROM control_period_count WHERE commission_id = :commissionId AND year = :year AND visit_type = :type")
	List<ControlPeriodCount> findSameKind(long commissionId, int year, String type);
}
