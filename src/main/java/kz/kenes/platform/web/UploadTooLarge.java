package kz.kenes.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * An upload larger than the server takes at all (the multipart limits: one file, the whole form) is refused before
 * any controller sees it, so no controller can word it: here, in one place, status 413 with "the file is too large,
 * at most N MB" in the user's language, as the error page for pages and as an RFC 9457 problem detail for the API.
 * (Tomcat swallows the rest of such a body up to {@code server.tomcat.max-swallow-size} so that the client reads the
 * answer instead of a reset connection.)
 */
@Configuration(proxyBeanMethods = false)
class UploadTooLarge implements WebMvcConfigurer {

	private final MessageSource messages;
	private final DataSize maxFile;
	private final JsonMapper json = JsonMapper.builder().build();

	UploadTooLarge(MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile) {
		this.messages = messages;
		this.maxFile = maxFile;
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, this::resolve);
	}

	ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
		if (!tooLarge(e) || response.isCommitted()) {
			return null;
		}
		String message = messages.getMessage("error.upload.tooLarge", new Object[] { maxFile.toMegabytes() },
				LocaleContextHolder.getLocale());
		if (isApi(request)) {
			// no message converter runs for a request that never reached a controller: the problem's members by hand
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", messages.getMessage("error.upload.tooLarge.title", null,
					LocaleContextHolder.getLocale()));
			problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
			problem.put("detail", message);
			problem.put("instance", request.getRequestURI());
			problem.put("code", "error.upload.tooLarge");
			try {
				response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(json.writeValueAsString(problem));
			}
			catch (IOException gone) {
				// the client went away while the answer was written
			}
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.CONTENT_TOO_LARGE);
		page.addAllObjects(LayoutModel.attributes());
		page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
		page.addObject("message", message);
		page.addObject("back", LocalReferer.path(request));
		return page;
	}

	/** Spring names the limits' exception when it recognises it; Tomcat's own words are the fallback. */
	private static boolean tooLarge(Exception e) {
		if (e instanceof MaxUploadSizeExceededException) {
			return true;
		}
		if (!(e instanceof MultipartException)) {
			return false;
		}
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
	}
}
