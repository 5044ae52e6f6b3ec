package org.govsite.iam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries, console and public alike, as values: Spring Security's header writers
 * ({@link SecurityConfiguration}) send them for everything that passes its filter chains, and the published-file fast
 * path (which answers before those chains, without session or CSRF work) writes the same ones with {@link #apply}.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	/** One year, with sub-domains, as Spring Security writes it (on secure requests only). */
	public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	private SecurityHeaders() {
	}

	/** Writes the headers the filter chains would have written. */
	public static void apply(HttpServletResponse response, boolean secure) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("Content-Language", "zh-CN");
		if (secure) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}
}
