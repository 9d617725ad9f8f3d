package kz.kenes.roadmap;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Indicators extends ListCrudRepository<Indicator, Long> {

	List<Indicator> findByRoadmapItemIdOrderBySortOrder(long roadmapItemId);
}
