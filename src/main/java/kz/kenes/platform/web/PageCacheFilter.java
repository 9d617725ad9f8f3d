package kz.kenes.platform.web;

import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import kz.kenes.platform.PageCacheHits;
import kz.kenes.platform.SingleFlight;

/**
 * Public pages at near-static speed: an anonymous visitor's GET of a public page is answered from bytes rendered
 * for an earlier visitor of the same address, language and host, as long as no public content has changed since
 * ({@link PublicContentVersion}) and the page is younger than {@code maxAge} (pages that name "today" or upcoming
 * meetings move with the clock, not only with the data). The response carries the headers the rendered one had
 * (security headers, ETag, Cache-Control, Vary) and answers If-None-Match with 304.
 * <p>
 * It runs after the session filter and before Spring Security: a hit costs no security chain, no Thymeleaf and no
 * query except the shared version read. Whatever could make bytes differ between visitors keeps a request out:
 * a login (in the session or an Authorization header), a language switch ({@code ?lang=}, which writes the
 * session), session contents other than the language (flash messages), an htmx request (a fragment, kept apart).
 * A rendered page is kept only if rendering it left the visitor anonymous and session-less as before, set no cookie
 * and holds no CSRF token (a form would carry the visitor's token). Visitors who miss the same page at once wait
 * for one rendering of it ({@link SingleFlight}) and are served its bytes.
 */
class PageCacheFilter extends OncePerRequestFilter {

	private static final List<PathPattern> PUBLIC_PAGES = List.of("/", "/news", "/news/{slug}", "/progress",
			"/roadmap", "/roadmap/{id}", "/roadmap/{id}/items/{item}", "/meetings", "/meetings/{id}", "/sitemap.xml").stream()
		.map(PathPatternParser.defaultInstance::parse).toList();

	/** Session attributes that do not change a public page's bytes. */
	private static final Set<String> NEUTRAL_SESSION_ATTRIBUTES = Set.of(
			SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
			HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN"));

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-type",
			"content-language", "date", "transfer-encoding", "connection");

	private static final byte[] CSRF_FIELD = "name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII);

	private final CachedPages pages;
	private final PublicContentVersion version;
	private final LocaleResolver localeResolver;
	private final long maxAgeNanos;
	private final boolean servesCookielessHitsOnly;
	private final SingleFlight<String, CachedPages.Page> renderings = new SingleFlight<>();

	/**
	 * @param servesCookielessHitsOnly for the instance that runs first of all filters: it answers visitors who send
	 *     no cookie at all (so have no session, no login, no language chosen) from the cache and passes everything
	 *     else on, so that a hit costs none of the filters before the session's
	 */
	PageCacheFilter(CachedPages pages, PublicContentVersion version, LocaleResolver localeResolver, long maxAgeNanos,
			boolean servesCookielessHitsOnly) {
		this.pages = pages;
		this.version = version;
		this.localeResolver = localeResolver;
		this.maxAgeNanos = maxAgeNanos;
		this.servesCookielessHitsOnly = servesCookielessHitsOnly;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (servesCookielessHitsOnly) {
			CachedPages.Page page = request.getHeader("Cookie") == null && cacheable(request)
					? fresh(key(request), version.current()) : null;
			if (page != null) {
				serve(page, request, response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		if (!cacheable(request)) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (!isRead(request)) {
					version.recheck();
				}
			}
			return;
		}
		String key = key(request);
		long current = version.current();
		CachedPages.Page page = fresh(key, current);
		if (page != null) {
			serve(page, request, response);
			return;
		}
		ContentCachingResponseWrapper[] rendering = new ContentCachingResponseWrapper[1];
		try {
			page = renderings.get(key, current, () -> {
				rendering[0] = new ContentCachingResponseWrapper(response);
				return render(key, current, request, rendering[0], chain);
			});
		}
		catch (IOException | ServletException | RuntimeException e) {
			throw e;
		}
		catch (Exception e) { // render throws no other
			throw new UndeclaredThrowableException(e);
		}
		if (rendering[0] != null) {
			rendering[0].copyBodyToResponse();
		}
		else {
			serve(page, request, response);
		}
	}

	/** Renders the page into {@code rendering}; the page kept for the next visitors, or null if it may not be. */
	private CachedPages.Page render(String key, long current, HttpServletRequest request,
			ContentCachingResponseWrapper rendering, FilterChain chain) throws IOException, ServletException {
		long renderedAt = System.nanoTime();
		boolean hadSession = request.getSession(false) != null;
		chain.doFilter(request, rendering);
		if (!keepable(request, rendering, hadSession)) {
			return null;
		}
		revalidated(rendering);
		CachedPages.Page page = page(current, renderedAt, request, rendering);
		pages.put(key, page);
		return page;
	}

	/** The kept page for {@code key} if no public content changed since it was rendered and it is young enough. */
	private CachedPages.Page fresh(String key, long current) {
		CachedPages.Page page = pages.get(key);
		return page != null && page.version() >= current && System.nanoTime() - page.renderedAt() < maxAgeNanos
				? page : null;
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private boolean cacheable(HttpServletRequest request) {
		if (!isRead(request) || request.getHeader("Authorization") != null || request.getParameter("lang") != null
				|| !isPublicPage(request)) {
			return false;
		}
		// a test's mock login, or a request inside a writing transaction (never so for a real request)
		if (SecurityContextHolder.getContext().getAuthentication() != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return false;
		}
		return neutral(request.getSession(false));
	}

	private static boolean isPublicPage(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : PUBLIC_PAGES) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	private static boolean neutral(HttpSession session) {
		return session == null || Collections.list(session.getAttributeNames()).stream()
			.allMatch(NEUTRAL_SESSION_ATTRIBUTES::contains);
	}

	/** What makes the bytes: the address with its query, the host (absolute links), the language, htmx or not. */
	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + (query == null ? "" : "?" + query) + " "
				+ localeResolver.resolveLocale(request).getLanguage()
				+ (request.getHeader("HX-Request") == null ? "" : " htmx");
	}

	private boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering, boolean hadSession) {
		if (!"GET".equals(request.getMethod()) || rendering.getStatus() != HttpServletResponse.SC_OK
				|| rendering.getHeader("Set-Cookie") != null || rendering.getContentType() == null
				|| SecurityContextHolder.getContext().getAuthentication() != null) {
			return false;
		}
		HttpSession session = request.getSession(false);
		if ((session != null && !hadSession) || !neutral(session)
				|| request.getSession(false) != null && session.getAttribute(
						HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
			return false;
		}
		return !contains(rendering.getContentAsByteArray(), CSRF_FIELD);
	}

	/**
	 * A kept page is the same for every anonymous visitor: browsers may keep it but must ask again each time
	 * ("no-cache" overrides the "no-store" Spring Security sets by default), with its ETag, and the language riding
	 * on the session cookie makes it vary by cookie. Set on the rendered response too, so both answers agree.
	 */
	private static void revalidated(ContentCachingResponseWrapper rendering) {
		rendering.setHeader("Cache-Control", "no-cache");
		if (rendering.getHeader("ETag") == null) {
			rendering.setHeader("ETag", "\"0" + DigestUtils.md5DigestAsHex(rendering.getContentAsByteArray()) + "\"");
		}
		if (rendering.getHeaders("Vary").stream().noneMatch(v -> v.contains("Cookie"))) {
			rendering.addHeader("Vary", "Cookie");
		}
	}

	@SuppressWarnings("unchecked")
	private static CachedPages.Page page(long version, long renderedAt, HttpServletRequest request,
			ContentCachingResponseWrapper rendering) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : rendering.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : rendering.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		Object onVisit = request.getAttribute(PageCacheHits.ATTRIBUTE);
		return new CachedPages.Page(version, renderedAt, rendering.getContentAsByteArray(), rendering.getContentType(),
				rendering.getLocale(), List.copyOf(headers), rendering.getHeader("ETag"),
				onVisit instanceof Consumer<?> action ? (Consumer<HttpServletRequest>) action : null);
	}

	private static void serve(CachedPages.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (page.onVisit() != null) {
			page.onVisit().accept(request);
		}
		// the rendered page's headers replace those a filter ahead of this one already set (Permissions-Policy)
		java.util.Set<String> replaced = new java.util.HashSet<>();
		for (Map.Entry<String, String> header : page.headers()) {
			if (replaced.add(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
				response.setHeader(header.getKey(), header.getValue());
			}
			else {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	/** RFC 9110 13.2.2: If-None-Match first; If-Modified-Since only without it (the Atom feed sends Last-Modified). */
	private static boolean notModified(CachedPages.Page page, HttpServletRequest request) {
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null) {
			return page.etag() != null && matches(ifNoneMatch, page.etag());
		}
		String lastModified = page.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Last-Modified"))
			.map(Map.Entry::getValue).findFirst().orElse(null);
		if (lastModified == null) {
			return false;
		}
		try {
			long since = request.getDateHeader("If-Modified-Since");
			return since >= 0 && ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
				.toEpochMilli() / 1000 <= since / 1000;
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			return false;
		}
	}

	/** RFC 9110 weak comparison, as for GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String wanted = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String tag : ifNoneMatch.split(",")) {
			String t = tag.strip();
			if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(byte[] body, byte[] part) {
		outer: for (int i = 0; i <= body.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (body[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
