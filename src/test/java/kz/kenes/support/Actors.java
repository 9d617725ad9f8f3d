package kz.kenes.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs service calls in a test as one of the demo users, with their real roles read from the database. */
public final class Actors {

	private Actors() {
	}

	public static void actAs(UserDetailsService users, String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void nobody() {
		SecurityContextHolder.clearContext();
	}
}
