package org.govsite.interaction;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Posts undelivered webhook notifications (their JSON bodies) with the JDK HTTP client; 2xx marks them sent. */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final Outbox outbox;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookSender(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Delivers what is pending; returns how many were delivered. */
	@Transactional
	public int dispatchPending() {
		int delivered = 0;
		for (var pending : outbox.lockPending(Outbox.Channel.WEBHOOK, 50)) {
			try {
				var request = HttpRequest.newBuilder(URI.create(pending.recipient()))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json; charset=utf-8")
					.POST(HttpRequest.BodyPublishers.ofString(pending.body()))
					.build();
				var response = http.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() / 100 == 2) {
					outbox.markSent(pending.id());
					delivered++;
				}
				else {
					outbox.markFailed(pending.id(), "HTTP " + response.statusCode());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				outbox.markFailed(pending.id(), "interrupted");
				break;
			}
			catch (Exception e) {
				log.warn("webhook #{} not delivered: {}", pending.id(), e.toString());
				outbox.markFailed(pending.id(), e.toString());
			}
		}
		return delivered;
	}
}
