package kz.kenes.reporting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface SubProjects extends ListCrudRepository<SubProject, Long> {

	List<SubProject> findByRoadmapItemOrderById(long roadmapItem);
}
