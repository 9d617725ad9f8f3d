package kz.kenes.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface People extends ListCrudRepository<Person, Long> {

	Optional<Person> findByCode(String code);

	/** People whose name in any language contains the text (case-insensitive), at most {@code limit}. */
	@Query("""
			SELECT * FROM person
			WHERE :text = '' OR full_name_kk ILIKE '%' || :text || '%' OR full_name_ru ILIKE '%' || :text || '%'
			   OR full_name_en ILIKE '%' || :text || '%'
			ORDER BY full_name_kk LIMIT :limit""")
	List<Person> search(String text, int limit);
}
