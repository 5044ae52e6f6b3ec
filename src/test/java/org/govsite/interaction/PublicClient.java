package org.govsite.interaction;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.govsite.support.Api;

/**
 * A citizen: answers the captcha from its Chinese words and submits through the public API (public for other modules'
 * scenarios that need citizens' messages, such as the annual report form).
 */
public final class PublicClient {

	private static final String DIGITS = "零一二三四五六七八九十";

	private final Api api;
	private final int port;
	private final HttpClient http = HttpClient.newHttpClient();

	public PublicClient(int port) {
		this.api = new Api(port);
		this.port = port;
	}

	static int solve(String question) {
		// e.g. 七加五等于几？ / 十减三等于几？
		char op = question.contains("加") ? '加' : '减';
		var parts = question.substring(0, question.indexOf("等于")).split(String.valueOf(op));
		int a = DIGITS.indexOf(parts[0]);
		int b = DIGITS.indexOf(parts[1]);
		return op == '加' ? a + b : a - b;
	}

	public Map<String, Object> message(String siteCode, String category, String title, String content, String name,
			String mobile) {
		var captcha = api.get(null, "/api/v1/public/captcha").body();
		var body = new HashMap<String, Object>();
		body.put("siteCode", siteCode);
		body.put("category", category);
		if (category.equals("ERROR_REPORT")) {
			body.put("problemType", "INACCESSIBLE");
		}
		body.put("title", title);
		body.put("content", content);
		body.put("name", name);
		body.put("mobile", mobile);
		body.put("publishConsent", true);
		body.put("clientToken", UUID.randomUUID().toString());
		body.put("captchaToken", CaptchaWork.solve(captcha.get("token").asString(), captcha.get("workBits").asInt()));
		body.put("captchaAnswer", Integer.toString(solve(captcha.get("question").asString())));
		return body;
	}

	/** An opinion or question with a fresh client token and an answered captcha. */
	public Map<String, Object> input(String name, String mobile, String content) {
		var captcha = api.get(null, "/api/v1/public/captcha").body();
		var body = new HashMap<String, Object>();
		body.put("name", name);
		body.put("mobile", mobile);
		body.put("content", content);
		body.put("clientToken", UUID.randomUUID().toString());
		body.put("captchaToken", CaptchaWork.solve(captcha.get("token").asString(), captcha.get("workBits").asInt()));
		body.put("captchaAnswer", Integer.toString(solve(captcha.get("question").asString())));
		return body;
	}

	public Api.Response submit(Map<String, Object> message) {
		return api.post(null, "/api/v1/public/messages", message);
	}

	public Api.Response submit(String path, Map<String, Object> input) {
		return api.post(null, path, input);
	}

	Api api() {
		return api;
	}

	/** A page as HTML (the shared Api client reads JSON only). */
	HttpResponse<String> page(String path) {
		return page(path, null);
	}

	/** A text response, with a bearer token when given. */
	HttpResponse<String> page(String path, String token) {
		try {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
