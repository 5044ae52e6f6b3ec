package org.govsite.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the API tests: JSON in, status and JSON out. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Response(int status, String contentType, JsonNode body, String raw) {
		public String detail() {
			return body.path("detail").asString();
		}
	}

	public String token(String username, String password) {
		var response = post(null, "/api/v1/tokens", Map.of("username", username, "password", password));
		if (response.status() != 201) {
			throw new IllegalStateException("no token for " + username + ": " + response.raw());
		}
		return response.body().get("token").asString();
	}

	public Response get(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response post(String token, String path, Object body) {
		return send(token, HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Response put(String token, String path, Object body) {
		return send(token, HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	/** A download: status, content type and the bytes as sent. */
	public record Download(int status, String contentType, byte[] body) {
	}

	public Download download(String token, String path) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		try {
			var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Response delete(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
	}

	private Response send(String token, HttpRequest.Builder builder) {
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		try {
			var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			var raw = response.body();
			var json = response.headers().firstValue("Content-Type").orElse("").contains("json");
			// a text answer (e.g. the nginx map) keeps only its raw body
			JsonNode body = raw == null || raw.isBlank() || !json ? JSON.createObjectNode() : JSON.readTree(raw);
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, raw);
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
