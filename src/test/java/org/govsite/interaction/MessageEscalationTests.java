package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.govsite.support.Api;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Deadlines over time: warnings, escalation to the supervisor, extensions within the three-month cap, webhooks. */
@ContextWithMovableClock
@RecordApplicationEvents
class MessageEscalationTests {

	static final String PORTAL = "9901000001";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	@Autowired DeadlineWatch watch;
	@Autowired WebhookSender webhooks;
	@Autowired InteractionProperties properties;
	@Autowired ApplicationEvents events;
	PublicClient citizen;
	Api api;

	@BeforeEach
	void setUp() {
		citizen = new PublicClient(port);
		api = citizen.api();
	}

	void moveTo(LocalDate day) {
		var target = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		if (target.isAfter(clock.instant())) {
			clock.advance(Duration.between(clock.instant(), target));
		}
	}

	@Test
	void warnsBeforeTheDeadlineAndEscalatesAnOverdueMessageToTheSupervisorOnce() {
		var submitted = citizen.submit(citizen.message(PORTAL, "ERROR_REPORT", "首页链接失效", "首页“政策文件”栏目链接打不开",
				"钱一", "13800000101"));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var id = submitted.body().get("id").asString();
		var deadline = LocalDate.parse(submitted.body().get("deadline").asString());

		moveTo(deadline);
		watch.run();
		assertThat(recipients(id, "DUE_SOON")).contains("user:responder")
			.anyMatch(r -> r.startsWith("unit:示例自治州人民政府办公室"));
		assertThat(recipients(id, "OVERDUE")).isEmpty();

		moveTo(deadline.plusDays(1));
		watch.run();
		watch.run();
		assertThat(recipients(id, "OVERDUE")).containsExactly("user:supervisor");
		assertThat(recipients(id, "DUE_SOON")).hasSize(2);
		assertThat(jdbc.sql("SELECT escalated FROM interaction_message WHERE id = ?::uuid").param(id)
			.query(Boolean.class).single()).isTrue();
		assertThat(events.stream(MessageEscalated.class).filter(e -> e.messageId().toString().equals(id)).count())
			.isEqualTo(1);

		var supervisor = api.token("supervisor", "GovSite@2026");
		var overdue = api.get(supervisor, "/api/v1/messages?overdue=true");
		assertThat(overdue.status()).isEqualTo(200);
		assertThat(overdue.raw()).contains(id);
		var view = api.get(supervisor, "/api/v1/messages/" + id);
		assertThat(view.body().get("escalated").asBoolean()).isTrue();
		assertThat(view.body().get("clock").get("overdue").asBoolean()).isTrue();
		assertThat(view.body().get("clock").get("workingDaysLeft").asInt()).isNegative();
		assertThat(view.body().get("history").toString()).contains("ESCALATE", "已升级至主管单位督办");
	}

	@Test
	void anExtensionPastTheThreeMonthCapIsRefusedAndOneWithinItNeedsTheSupervisor() {
		var submitted = citizen.submit(citizen.message(PORTAL, "COMPLAINT", "物业投诉", "小区物业长期不作为", "孙二", "13800000102"));
		var id = submitted.body().get("id").asString();
		var path = "/api/v1/messages/" + id + "/transitions";
		var responder = api.token("responder", "GovSite@2026");
		var supervisor = api.token("supervisor", "GovSite@2026");
		assertThat(api.post(responder, path, Map.of("action", "ACCEPT")).status()).isEqualTo(200);

		var tooLong = api.post(responder, path, Map.of("action", "REQUEST_EXTENSION", "comment", "需多部门会商", "extensionDays", 60));
		assertThat(tooLong.status()).isEqualTo(422);
		var received = LocalDate.ofInstant(java.time.Instant.parse(submitted.body().get("receivedAt").asString()),
				ZoneId.of("Asia/Shanghai"));
		assertThat(tooLong.detail()).startsWith("延期后的办理期限 ")
			.endsWith("超过自收到留言之日起三个月的上限 " + received.plusMonths(3) + "，不予延期");

		var request = api.post(responder, path, Map.of("action", "REQUEST_EXTENSION", "comment", "需现场核实", "extensionDays", 10));
		assertThat(request.status()).isEqualTo(200);
		assertThat(request.body().get("extension").asString()).isEqualTo("REQUESTED");
		var before = LocalDate.parse(request.body().get("clock").get("deadline").asString());
		var byResponder = api.post(responder, path, Map.of("action", "APPROVE_EXTENSION"));
		assertThat(byResponder.status()).isEqualTo(403);
		assertThat(byResponder.detail()).isEqualTo("批准延期须由主管单位监管员操作");
		var approved = api.post(supervisor, path, Map.of("action", "APPROVE_EXTENSION"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(LocalDate.parse(approved.body().get("clock").get("deadline").asString())).isAfter(before);
		var twice = api.post(responder, path, Map.of("action", "REQUEST_EXTENSION", "comment", "再延一次"));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.detail()).isEqualTo("每条留言只能延期一次，已有已延期的延期申请");

		var stats = api.get(supervisor, "/api/v1/messages/statistics?from=2026-01-01&to=2026-12-31");
		assertThat(stats.status()).isEqualTo(200);
		assertThat(stats.body().get("received").asLong()).isPositive();
		var csv = citizen.page("/api/v1/messages/export.csv?from=2026-01-01&to=2026-12-31", supervisor);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF编号,网站,类别").contains("物业投诉", "孙*", "138****0102").doesNotContain("13800000102");
	}

	@Test
	void postsNotificationsToAConfiguredWebhook() throws IOException {
		var received = new CopyOnWriteArrayList<String>();
		var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		try {
			properties.setWebhookUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
			var submitted = citizen.submit(citizen.message(PORTAL, "ERROR_REPORT", "错别字", "“政府”写成了“正府”", "李三", "13800000103"));
			var id = submitted.body().get("id").asString();
			moveTo(LocalDate.parse(submitted.body().get("deadline").asString()).plusDays(1));
			watch.run();
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				webhooks.dispatchPending();
				return received.stream().anyMatch(body -> body.contains(id) && body.contains("\"kind\":\"OVERDUE\""));
			});
			assertThat(jdbc.sql("SELECT count(*) FROM interaction_notification WHERE channel = 'WEBHOOK' AND message_id = ?::uuid AND sent_at IS NOT NULL")
				.param(id).query(Long.class).single()).isPositive();
		}
		finally {
			properties.setWebhookUrl(null);
			server.stop(0);
		}
	}

	List<String> recipients(String id, String kind) {
		return jdbc.sql("SELECT recipient FROM interaction_notification WHERE message_id = ?::uuid AND kind = ? AND channel = 'EMAIL' ORDER BY id")
			.params(id, kind).query(String.class).list();
	}
}
