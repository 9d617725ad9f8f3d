package kz.kenes.identity;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends this long after its login however active it stays (ASVS 3.3.2), besides the idle timeout
 * ({@code server.servlet.session.timeout}): an older session is invalidated before Spring Security reads it, so the
 * request goes on anonymous (the API answers 401, a staff page sends to the login).
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetime {

	@Bean
	FilterRegistrationBean<AbsoluteLifetimeFilter> sessionAbsoluteLifetime(
			@Value("${kenes.session.absolute-lifetime:12h}") Duration lifetime) {
		FilterRegistrationBean<AbsoluteLifetimeFilter> registration = new FilterRegistrationBean<>(
				new AbsoluteLifetimeFilter(lifetime));
		registration.addUrlPatterns("/*");
		registration.setName("sessionAbsoluteLifetime");
		// right after the session repository has loaded the session, before the security filters
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	static class AbsoluteLifetimeFilter extends OncePerRequestFilter {

		private final long lifetimeMillis;

		AbsoluteLifetimeFilter(Duration lifetime) {
			this.lifetimeMillis = lifetime.toMillis();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session != null && System.currentTimeMillis() - session.getCreationTime() > lifetimeMillis) {
				session.invalidate();
			}
			chain.doFilter(request, response);
		}
	}
}
