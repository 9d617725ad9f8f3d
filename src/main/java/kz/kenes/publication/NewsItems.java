package kz.kenes.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NewsItems extends ListCrudRepository<NewsItem, Long> {

	Optional<NewsItem> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<NewsItem> findByMeetingId(Long meetingId);

	@Query("SELECT * FROM news_item WHERE slug = :slug AND status = 'PUBLISHED'")
	Optional<NewsItem> findPublished(String slug);
}
