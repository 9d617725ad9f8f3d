package kz.kenes.reporting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Activities extends ListCrudRepository<Activity, Long> {

	List<Activity> findByRoadmapItemOrderByHeldOnDesc(long roadmapItem);
}
