package kz.kenes.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;

import org.springframework.data.repository.ListCrudRepository;

interface CitizenSubmissionRepository extends ListCrudRepository<CitizenSubmission, Long> {

	Optional<CitizenSubmission> findByTrackingCode(String trackingCode);

	@Query("""
			SELECT * FROM citizen_submission WHERE status = 'PENDING' AND addressee_id IN (:unitIds)
			ORDER BY created_at LIMIT 200""")
	List<CitizenSubmission> findPending(List<Long> unitIds);
}
