package kz.kenes.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Roadmaps extends ListCrudRepository<Roadmap, Long> {

	Optional<Roadmap> findByProgramIdAndBranchId(long programId, long branchId);

	List<Roadmap> findByBranchId(long branchId);

	List<Roadmap> findByProgramId(long programId);
}
