package kz.kenes.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class KenesUserDetailsService implements UserDetailsService {

	private final Users users;

	KenesUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username.trim())
			.map(KenesUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
