package kz.kenes.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests as one of the demo users, with their real roles read from the database. */
public final class Logins {

	private Logins() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}
}
