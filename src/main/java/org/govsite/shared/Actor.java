package org.govsite.shared;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now: the signed-in username, or {@code system} for scheduled and start-up work. */
public final class Actor {

	public static final String SYSTEM = "system";

	private Actor() {
	}

	public static String current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() && authentication.getName() != null
				? authentication.getName() : SYSTEM;
	}
}
