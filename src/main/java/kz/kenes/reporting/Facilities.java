package kz.kenes.reporting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Facilities extends ListCrudRepository<Facility, Long> {

	List<Facility> findByRoadmapItemOrderById(long roadmapItem);
}
