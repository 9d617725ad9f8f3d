package kz.kenes.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PartyProjects extends ListCrudRepository<PartyProject, Long> {

	Optional<PartyProject> findByCode(String code);

	List<PartyProject> findAllByOrderByCode();
}
