package org.govsite.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A console user over real HTTP: signs in through the form (session cookie, CSRF) and reads or posts pages. */
public final class Console {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final HttpClient http;
	private final String base;
	private final CookieManager cookies = new CookieManager();

	public Console(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public record Page(int status, String body, String location) {
	}

	/** Signs in; returns the redirect's target ({@code /} on success, {@code /login?error} on failure). */
	public String signIn(String username, String password) {
		var login = get("/login");
		var response = post("/login", Map.of("username", username, "password", password, "_csrf", csrf(login.body())));
		return response.location();
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts a form, taking the CSRF token from the given page (or the form's own fields when it has one). */
	public Page post(String path, Map<String, String> fields) {
		var form = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Posts a form with a CSRF token read from {@code csrfPage} first. */
	public Page submit(String csrfPage, String path, Map<String, String> fields) {
		var all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf(get(csrfPage).body()));
		return post(path, all);
	}

	public static String csrf(String html) {
		var matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}

	private Page send(HttpRequest.Builder builder) {
		try {
			var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
