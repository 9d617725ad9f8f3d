package kz.kenes.publication;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FigureChallengeRepository extends ListCrudRepository<FigureChallenge, Long> {

	@Query("SELECT * FROM figure_challenge WHERE roadmap_item_id = :itemId ORDER BY created_at DESC LIMIT 100")
	List<FigureChallenge> findByItem(long itemId);

	@Query("SELECT * FROM figure_challenge ORDER BY created_at DESC LIMIT :limit")
	List<FigureChallenge> findLatest(int limit);

	@Query("""
			SELECT * FROM figure_challenge WHERE status = 'OPEN' AND department_id IN (:units)
			ORDER BY due_date, id LIMIT 200""")
	List<FigureChallenge> findOpenFor(List<Long> units);
}
