package kz.kenes.publication;

import org.springframework.data.repository.ListCrudRepository;

public interface NewsComments extends ListCrudRepository<NewsComment, Long> {
}
