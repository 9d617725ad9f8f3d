package kz.kenes.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface RoadmapItems extends ListCrudRepository<RoadmapItem, Long> {

	Optional<RoadmapItem> findByRoadmapIdAndNumber(long roadmapId, String number);

	List<RoadmapItem> findByRoadmapIdOrderBySortKey(long roadmapId);

	long countByRoadmapId(long roadmapId);
}
