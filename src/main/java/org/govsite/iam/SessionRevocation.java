package org.govsite.iam;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session whose account changed since it signed in: a grant given or taken, the account disabled, the
 * password reset or changed, the second factor switched (each raises the account's security version). Checked on
 * every request, so a revocation takes effect on the session's next click, on every node.
 */
final class SessionRevocation extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	SessionRevocation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = CurrentUser.fromContext();
		if (user.isPresent() && !current(user.get())) {
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?revoked");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean current(CurrentUser user) {
		return jdbc.sql("SELECT enabled AND security_version = ? FROM app_user WHERE id = ?")
			.params(user.securityVersion(), user.id())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}
}
