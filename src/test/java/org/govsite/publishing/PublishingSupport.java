package org.govsite.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.govsite.support.Api;

/** Drives 三审 through the API and fetches public pages, for the publishing tests. */
final class PublishingSupport {

	static final String PORTAL = "9901000001";
	static final String PASSWORD = "GovSite@2026";

	final Api api;
	final int port;
	final String editor, reviewer1, reviewer2, chief, admin;
	private final HttpClient http = HttpClient.newHttpClient();

	PublishingSupport(int port) {
		this.port = port;
		this.api = new Api(port);
		editor = api.token("editor", PASSWORD);
		reviewer1 = api.token("reviewer1", PASSWORD);
		reviewer2 = api.token("reviewer2", PASSWORD);
		chief = api.token("chief", PASSWORD);
		admin = api.token("admin", PASSWORD);
	}

	String portalId() {
		return api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> PORTAL.equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
	}

	String columnId(String slug) {
		return api.get(admin, "/api/v1/sites/" + portalId() + "/columns").body().valueStream()
			.filter(column -> column.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asString();
	}

	/** Writes an ordinary article and takes it through 初审 and 复审, which publishes it. */
	String publish(String columnSlug, String title, Map<String, Object> extra) {
		var form = new HashMap<String, Object>();
		form.put("columnId", columnId(columnSlug));
		form.put("title", title);
		form.put("body", "<p>" + title + "的正文。</p>");
		form.put("important", false);
		form.putAll(extra);
		var created = api.post(editor, "/api/v1/articles", form);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		act(editor, id, "SUBMIT", null);
		act(reviewer1, id, "APPROVE", "同意");
		var published = act(reviewer2, id, "APPROVE", "同意发布");
		assertThat(published.body().at("/article/state").asString()).as(published.raw()).isEqualTo("PUBLISHED");
		return id;
	}

	Api.Response act(String token, String id, String action, String comment) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("comment", comment);
		return api.post(token, "/api/v1/articles/" + id + "/transitions", body);
	}

	/** Waits until the article has its public page and returns its URL path. */
	String awaitUrl(String articleId) {
		var url = new String[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			var response = api.get(admin, "/api/v1/articles/" + articleId + "/public-url");
			if (response.status() == 200) {
				url[0] = response.body().get("url").asString();
				return true;
			}
			return false;
		});
		return url[0];
	}

	/** The response's bytes as they came (a compressed body stays compressed). */
	HttpResponse<byte[]> bytes(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	HttpResponse<String> get(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
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
