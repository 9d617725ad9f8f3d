package kz.kenes.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Programs extends ListCrudRepository<Program, Long> {

	Optional<Program> findByCode(String code);

	List<Program> findAllByOrderByFirstYearDesc();
}
