package kz.kenes.publication;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FigureChallengeRepository extends ListCrudRepository<FigureChallenge, Long> {

	@Query("SELECT * FROM figure_challenge WHERE roadmap_item_id = :itemId ORDER BY created_at DESC LIMIT 100")
	List<FigureChallenge> findByItem(long itemId);

	@Query("SELECT * FROM figure_challenge ORDER BY created_at DESC LIMIT :limit")
	List<FigureChallenge> findLatest(int limit);

	/** Open disputes of figures of these departments, or of items of the roadmaps of these branches. */
	@Query("""
			SELECT * FROM figure_challenge c
			 WHERE c.status = 'OPEN'
			   AND (c.department_id IN (:departments)
			        OR EXISTS (SELECT 1 FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id
			                    WHERE i.id = c.roadmap_item_id AND r.branch_id IN (:branches)))
			 ORDER BY c.due_date, c.id LIMIT 200""")
	List<FigureChallenge> findOpenFor(List<Long> departments, List<Long> branches);
}
