package kz.kenes.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains with the same users and roles: the API ({@code /api/**}: 401/403 problem details, session or
 * HTTP Basic) and the UI (form login). Staff pages live under {@code /staff/**}. Fine-grained rules (role within
 * an org unit) are checked with {@link Access} in each module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	ProviderManager authenticationManager(KenesUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * CSRF tokens live in a cookie (HttpOnly: pages render the token into their forms and the htmx meta tag), not in
	 * the session, so an anonymous visit to the login page or a public form creates no session row; a session begins
	 * at login. Both chains share it, so a page's token is good for the API.
	 */
	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, List<PublicPaths> publicPaths, ProviderManager authenticationManager,
			CookieCsrfTokenRepository csrfTokens) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response,
				HttpServletResponse.SC_UNAUTHORIZED, "Authentication required");
		http.securityMatcher(paths.matcher("/api/**"))
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> {
				publicPaths.stream().flatMap(p -> p.patterns().stream())
					.forEach(p -> auth.requestMatchers(paths.matcher(HttpMethod.GET, p)).permitAll());
				auth.anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			// A request with an Authorization header is judged by that header alone, never by a session cookie
			// riding along: HTTP Basic authenticates it or it gets 401.
			.securityContext(context -> context.securityContextRepository(new OwnCredentialsFirst()))
			// Only a request that rides on the session cookie can be forged by another site: those need the token;
			// ones that HTTP Basic authenticates (see above) or with no session at all (then 401) do not. Any other
			// Authorization header (say "Bearer junk") does not excuse a session request from the token.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
					&& !OwnCredentialsFirst.isBasic(request) && hasSessionCookie(request)))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, e) -> problem(response, HttpServletResponse.SC_FORBIDDEN,
						"Access denied")));
		securityHeaders(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LocaleResolver localeResolver, ProviderManager authenticationManager,
			CookieCsrfTokenRepository csrfTokens) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher staff = paths.matcher("/staff/**");
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
					HttpServletResponse response, org.springframework.security.core.Authentication authentication)
					throws jakarta.servlet.ServletException, java.io.IOException {
				if (authentication.getPrincipal() instanceof KenesUser user) {
					localeResolver.setLocale(request, response, user.language().locale());
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/staff");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> auth.requestMatchers(staff).authenticated()
				.requestMatchers(paths.matcher("/actuator/health/**"), paths.matcher("/actuator/health")).permitAll()
				.requestMatchers(paths.matcher("/actuator/**")).hasRole("ADMIN")
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(success)
				.failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
						+ (e instanceof LockedException ? "/login?throttled" : "/login?error"))))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			// a login starts a new session (not just a new id), so its absolute lifetime counts from the login
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()));
		securityHeaders(http);
		return http.build();
	}

	private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static boolean hasSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
		return request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
			.anyMatch(c -> "SESSION".equals(c.getName()));
	}

	private static void securityHeaders(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
			.contentTypeOptions(c -> {
			})
			.frameOptions(f -> f.deny())
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
	}

	private static void problem(HttpServletResponse response, int status, String title) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
	}
}
