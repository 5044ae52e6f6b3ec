package org.govsite.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Posting a JSON notification to a webhook, the one way modules deliver their outbox rows: the JDK client, a 5-second
 * connect and 10-second answer limit, and any 2xx as delivered. Each module keeps its own rows (sent time, attempts,
 * last error) and retries them on its own schedule.
 */
public final class Webhooks {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Webhooks() {
	}

	/** Posts {@code json} to {@code url}; null when delivered, else why not (kept as the row's last error). */
	public static @Nullable String post(String url, String json) {
		try {
			var request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build();
			var response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
			return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		catch (Exception e) {
			return e.toString();
		}
	}
}
