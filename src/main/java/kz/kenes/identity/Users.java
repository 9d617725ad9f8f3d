package kz.kenes.identity;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Users extends ListCrudRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	@Modifying
	@Query("UPDATE app_user SET preferred_locale = :locale WHERE username = :username")
	void updatePreferredLocale(String username, String locale);
}
