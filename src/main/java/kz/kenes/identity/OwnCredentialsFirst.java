package kz.kenes.identity;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the API finds who is calling: a request carrying its own credentials (an Authorization header) is not also
 * logged in by the session cookie it may carry, and its login is not written into that session; other requests use
 * the session as usual. So the API's CSRF exemption for HTTP Basic cannot be borrowed by a session request that adds
 * some header: either Basic authenticates the request or it is anonymous.
 */
final class OwnCredentialsFirst implements SecurityContextRepository {

	private final RequestAttributeSecurityContextRepository thisRequest = new RequestAttributeSecurityContextRepository();
	private final SecurityContextRepository sessionOrRequest = new DelegatingSecurityContextRepository(thisRequest,
			new HttpSessionSecurityContextRepository());

	/** Whether the request carries HTTP Basic credentials, as Spring Security's Basic converter reads them. */
	static boolean isBasic(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.strip().regionMatches(true, 0, "Basic", 0, 5);
	}

	private SecurityContextRepository of(HttpServletRequest request) {
		return request.getHeader("Authorization") != null ? thisRequest : sessionOrRequest;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return of(request).loadDeferredContext(request);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
		return of(holder.getRequest()).loadContext(holder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return of(request).containsContext(request);
	}

}
