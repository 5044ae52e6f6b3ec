package org.govsite.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting right now: the signed-in username, {@code public} for an anonymous visitor, or {@code system} for
 * scheduled and start-up work.
 */
public final class Actor {

	public static final String SYSTEM = "system";

	private Actor() {
	}

	/** A member of the public on a public page or endpoint (not signed in). */
	public static final String PUBLIC = "public";

	public static String current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AnonymousAuthenticationToken) {
			return PUBLIC;
		}
		return authentication != null && authentication.isAuthenticated() && authentication.getName() != null
				? authentication.getName() : SYSTEM;
	}
}
