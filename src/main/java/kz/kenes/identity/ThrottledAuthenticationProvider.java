package kz.kenes.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password login that refuses to even check a password while the account or address is throttled. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName()).trim();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? String.valueOf(details.getRemoteAddress()) : "unknown";
		if (throttle.isBlocked(username, address)) {
			throw new LockedException("Too many failed logins");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(username, address);
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.recordFailure(username, address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
