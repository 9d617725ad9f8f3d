package kz.kenes.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ProgramTasks extends ListCrudRepository<ProgramTask, Long> {

	List<ProgramTask> findByProgramIdOrderByNumber(long programId);

	Optional<ProgramTask> findByProgramIdAndNumber(long programId, int number);
}
