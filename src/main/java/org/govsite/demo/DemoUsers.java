package org.govsite.demo;

import java.util.List;
import java.util.function.Supplier;

import org.govsite.iam.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of demo loading as one demo account, as if it had signed in: every permission, 三审 rule and audit
 * entry then applies to the demo data as to real work.
 */
@Component
class DemoUsers {

	private final UserAccounts accounts;

	DemoUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	<T> T as(String username, Supplier<T> work) {
		var user = accounts.findByUsername(username).flatMap(view -> accounts.currentPrincipal(view.id())).orElseThrow();
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** The same for work that returns nothing. */
	void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return username;
		});
	}
}
