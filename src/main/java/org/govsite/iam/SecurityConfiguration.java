package org.govsite.iam;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three filter chains: the stateless API ({@code /api/**}, bearer tokens, problem documents), the stateless public
 * pages ({@code /public/**}, no session and no CSRF token: see {@link #publicPages}) and the console (form sign-in,
 * sessions in PostgreSQL, CSRF). All send strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	/** The published sites (publishing module): site code (10 digits or bm + 8 digits) or a domain with a dot. */
	static final String PUBLIC_SITE_PATHS = "^/sites/(\\d{10}|bm\\d{8}|[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)+)(/.*)?$";

	/**
	 * No observation (timer) around each of Spring Security's filters, authentications and authorizations on every
	 * request: nothing reads them, and on the public write path they cost about a twentieth of the CPU (issue 15, JFR).
	 * Request metrics stay.
	 */
	@Bean
	static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
		return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt by default, with the {id} prefix so that the algorithm can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
				.requestMatchers("/api/v1/public/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/search").permitAll()
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> problem(response, 401, "未认证",
						"请先通过 POST /api/v1/tokens 获取令牌，并在 Authorization 头中以 Bearer 方式携带"))
				.accessDeniedHandler((request, response, e) -> problem(response, 403, "无权操作", "当前账号无权执行此操作")));
		headers(http);
		return http.build();
	}

	/**
	 * The only way to sign in to the console. Being a bean, it also stops Spring Boot from adding its in-memory
	 * {@code user} account with a generated password.
	 */
	@Bean
	FormSignIn formSignIn(SignIn signIn) {
		return new FormSignIn(signIn);
	}

	/**
	 * The platform's public pages ({@code /public/**}: 留言, 征集调查, 在线访谈, 依申请公开, search, services): no sign-in,
	 * no session and no CSRF token. A citizen's form must not depend on a session that expires after 20 minutes, is lost
	 * with the cookies or lives on another node: the form would answer 403 and what was typed would be lost. CSRF
	 * protects what a signed-in session may do; nothing here acts for a session (every public form is anonymous, and
	 * the same submissions are open to anyone through {@code /api/v1/public/**} without CSRF). What protects each
	 * public form is its captcha token, a stateless per-form nonce: HMAC-signed, bound to the client's address, short-lived,
	 * carrying a proof of work, burned by a wrong answer and used by exactly one stored submission ({@code CaptchaGate}).
	 * When it has expired the form comes back with what was typed and a new question. A session is created only when a
	 * submission succeeds, to carry its receipt across the redirect (flash attributes).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/public/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain console(HttpSecurity http, FormSignIn formSignIn, JdbcClient jdbc) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				// published public sites: /sites/<site-key>/... where the key is a site code or a domain, never a console UUID
				.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, PUBLIC_SITE_PATHS)).permitAll()
				.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.HEAD, PUBLIC_SITE_PATHS)).permitAll()
				.anyRequest().authenticated())
			// Its own manager without a parent: a refused sign-in keeps its Chinese reason (locked until …).
			.authenticationManager(new ProviderManager(formSignIn))
			.formLogin(form -> form.loginPage("/login").authenticationDetailsSource(OneTimeCodeDetails::new).defaultSuccessUrl("/", false).failureHandler((request, response, e) -> {
				request.getSession().setAttribute("SIGN_IN_ERROR", e.getMessage());
				// the name typed stays in the form (a wrong password is no reason to type the name again)
				var typed = request.getParameter("username");
				if (typed != null && typed.length() <= 100) {
					request.getSession().setAttribute("SIGN_IN_USERNAME", typed);
				}
				response.sendRedirect(request.getContextPath() + "/login?error");
			}))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new SessionRevocation(jdbc), SecurityContextHolderFilter.class)
			.addFilterAfter(new PasswordChangeGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
			// every page, console or public (static files included), is Simplified Chinese
			.addHeaderWriter(new StaticHeadersWriter("Content-Language", "zh-CN")));
	}

	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"urn:govsite:problem:" + status + "\",\"title\":\"" + title
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
	}

	static List<SimpleGrantedAuthority> authoritiesOf(CurrentUser user) {
		return user.grants().stream().map(grant -> new SimpleGrantedAuthority(grant.role().authority())).distinct().toList();
	}

	/** The console's sign-in: username, password and, when enrolled, the one-time code field {@code code}. */
	static final class FormSignIn implements AuthenticationProvider {

		private final SignIn signIn;

		FormSignIn(SignIn signIn) {
			this.signIn = signIn;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			String code = null;
			String ip = null;
			if (authentication.getDetails() instanceof OneTimeCodeDetails details) {
				code = details.code;
				ip = details.getRemoteAddress();
			}
			var user = signIn.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()), code,
					"控制台", ip);
			return UsernamePasswordAuthenticationToken.authenticated(user, null, authoritiesOf(user));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}
	}

	/** Carries the optional one-time code from the sign-in form. */
	static final class OneTimeCodeDetails extends WebAuthenticationDetails {

		final String code;

		OneTimeCodeDetails(HttpServletRequest request) {
			super(request);
			this.code = request.getParameter("code");
		}
	}

	/** Authenticates {@code Authorization: Bearer ...} against stored token hashes. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		BearerTokenFilter(ApiTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				var user = tokens.authenticate(header.substring(7).trim());
				if (user.isEmpty()) {
					problem(response, 401, "未认证", "令牌无效、已过期或已撤销");
					return;
				}
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
						authoritiesOf(user.get())));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}
	}

	/** Until an account has replaced its initial or reset password, the console shows only the change form. */
	static final class PasswordChangeGate extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			var mustChange = CurrentUser.fromContext().map(CurrentUser::mustChangePassword).orElse(false);
			if (mustChange && !path.equals("/account/password") && !path.equals("/logout")
					&& !path.startsWith("/webjars/") && !path.startsWith("/css/") && !path.startsWith("/js/")) {
				response.sendRedirect(request.getContextPath() + "/account/password");
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
