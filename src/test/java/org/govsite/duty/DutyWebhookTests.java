package org.govsite.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duty desk's webhook (issue 10, item 6): an alert to the officer on shift and its resolution reach the
 * configured URL — a real HTTP server started here — as JSON; a gateway that answers 500 leaves the row undelivered
 * with its error, and it is tried again until it is taken.
 */
@GovSiteTest
class DutyWebhookTests {

	@Autowired DutyDesk desk;
	@Autowired DutyWebhooks webhooks;
	@Autowired DutyProperties properties;
	@Autowired JdbcClient jdbc;

	long unsent(UUID alert) {
		return jdbc.sql("SELECT count(*) FROM duty_notification WHERE alert_id = ? AND channel = 'WEBHOOK' AND sent_at IS NULL")
			.param(alert).query(Long.class).single();
	}

	@Test
	void alertsAndTheirResolutionArePostedToTheGatewayAndRetriedWhenItFails() throws IOException {
		var received = new CopyOnWriteArrayList<String>();
		var answer = new AtomicInteger(500);
		var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/gateway", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		server.start();
		var before = properties.getWebhookUrl();
		try {
			properties.setWebhookUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/gateway");
			var source = UUID.randomUUID();
			var site = jdbc.sql("SELECT id FROM site WHERE site_code = '9901000001'").query(UUID.class).single();
			var alert = desk.raise("INCIDENT", source, site, "测试网站 无法访问", "连续 3 次探测失败：HTTP 503");

			// the gateway is down: nothing delivered, the error kept, the row tried again later
			// (the scheduler's own minute-by-minute run may take a turn too: assert on the row, not on call counts)
			webhooks.dispatchPending();
			assertThat(received).isNotEmpty();
			var row = jdbc.sql("SELECT sent_at IS NULL, attempts, last_error FROM duty_notification WHERE alert_id = ? AND channel = 'WEBHOOK'")
				.param(alert).query((rs, n) -> List.of(rs.getBoolean(1), rs.getInt(2), rs.getString(3))).single();
			assertThat(row.get(0)).isEqualTo(true);
			assertThat((Integer) row.get(1)).isPositive();
			assertThat(row.get(2)).isEqualTo("HTTP 500");

			// it comes back: the alert is delivered, as JSON naming the alert, and never posted again
			answer.set(204);
			webhooks.dispatchPending();
			assertThat(unsent(alert)).isZero();
			assertThat(received.get(received.size() - 1)).contains("\"kind\":\"ALERT\"", "\"alertId\":\"" + alert + "\"",
					"【值班告警】测试网站 无法访问");
			var posted = received.size();
			webhooks.dispatchPending();
			assertThat(received).hasSize(posted);

			// the incident recovers: the resolution follows the same way
			desk.resolve(source, "测试网站 已恢复访问");
			webhooks.dispatchPending();
			assertThat(unsent(alert)).isZero();
			assertThat(received).hasSize(posted + 1);
			assertThat(received.get(posted)).contains("\"kind\":\"RESOLVED\"", "【告警解除】测试网站 无法访问");
		}
		finally {
			properties.setWebhookUrl(before);
			server.stop(0);
		}
	}
}
