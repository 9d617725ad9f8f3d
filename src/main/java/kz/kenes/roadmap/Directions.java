package kz.kenes.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Directions extends ListCrudRepository<Direction, Long> {

	Optional<Direction> findByCode(String code);

	List<Direction> findAllByOrderBySortOrder();
}
