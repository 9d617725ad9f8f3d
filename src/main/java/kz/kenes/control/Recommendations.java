package kz.kenes.control;

import org.springframework.data.repository.ListCrudRepository;

interface Recommendations extends ListCrudRepository<Recommendation, Long> {
}
