package kz.kenes.organization;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface People extends ListCrudRepository<Person, Long> {

	Optional<Person> findByCode(String code);
}
