package kz.kenes.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What a page answers when two users changed the same thing at once and the database refused the later write: a
 * stale version (optimistic locking), a unique key the other just took, a deadlock or lock timeout the database
 * broke. Status 409 with {@code error.conflict} in the user's language and a link back to the form's page; the
 * refused change's transaction rolled back, so nothing of it is stored. The one place for pages, as
 * {@link ApiProblems} is for the REST API (which it answers first, with a problem detail): it comes after every
 * {@code @ExceptionHandler}, so a page that handles a stale version itself (back to the form with the same message)
 * keeps doing so, and anything else ends here rather than as a 500.
 */
@Configuration(proxyBeanMethods = false)
class PageConflicts implements WebMvcConfigurer {

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(PageConflicts::resolve);
	}

	private static ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception e) {
		if (!isConflict(e) || response.isCommitted()) {
			return null;
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
		page.addAllObjects(LayoutModel.attributes());
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("back", back(request));
		return page;
	}

	/** Spring Data JDBC wraps what the database said in its own exception: the cause tells. */
	private static boolean isConflict(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConcurrencyFailureException || t instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

	/** The page the form was on, as a path on this site (never another host's address), or null. */
	static String back(HttpServletRequest request) {
		return LocalReferer.path(request);
	}
}
