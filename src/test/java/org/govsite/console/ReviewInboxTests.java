package org.govsite.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.interaction.PublicClient;
import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, defect 7: one inbox for everything a person must review. A reply a responder wrote waits in the site's
 * 初审's 审核待办 (console page, navigation count, 概览 and API) until it is signed off.
 */
@GovSiteTest
class ReviewInboxTests {

	static final String PASSWORD = "GovSite@2026";
	static final String PORTAL = "9901000001";

	@LocalServerPort int port;

	@Test
	void aReplyWaitsInTheReviewersInboxUntilSignedOff() {
		var api = new Api(port);
		var responder = api.token("responder", PASSWORD);
		var reviewerToken = api.token("reviewer1", PASSWORD);
		var reviewer = new Console(port);
		assertThat(reviewer.signIn("reviewer1", PASSWORD)).doesNotContain("error");
		// other suites sharing the context may leave articles in review: count from where we start (0 on a fresh demo)
		var before = navCount(page(reviewer, "/review/inbox"));
		var apiBefore = api.get(reviewerToken, "/api/v1/review/tasks").body().size();
		assertThat(apiBefore).isEqualTo(before);

		var citizen = new PublicClient(port);
		var title = "小区路灯损坏何时维修" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var submitted = citizen.submit(citizen.message(PORTAL, "CONSULTATION", title, "小区东门路灯已坏一周。", "赵敏",
				"137" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var id = submitted.body().get("id").asString();
		var transitions = "/api/v1/messages/" + id + "/transitions";
		assertThat(api.post(responder, transitions, Map.of("action", "ACCEPT")).status()).isEqualTo(200);
		assertThat(api.post(responder, transitions, Map.of("action", "START")).status()).isEqualTo(200);
		// not a review task before it is answered
		assertThat(navCount(page(reviewer, "/review/inbox"))).isEqualTo(before);
		assertThat(api.post(responder, transitions, Map.of("action", "ANSWER", "reply", "已安排三日内维修。")).status())
			.isEqualTo(200);

		var inbox = page(reviewer, "/review/inbox");
		assertThat(navCount(inbox)).isEqualTo(before + 1);
		var row = inbox.select("#replies tbody tr:has(a[href=/interaction/messages/" + id + "])");
		assertThat(row).hasSize(1);
		assertThat(row.select("a").text()).isEqualTo(title);
		assertThat(row.text()).contains("示例自治州人民政府门户网站", "待审核答复", "互动办理员");
		assertThat(page(reviewer, "/").select("main").text()).contains("审核待办：" + (before + 1) + " 条");
		var tasks = api.get(reviewerToken, "/api/v1/review/tasks").body();
		assertThat(tasks.size()).isEqualTo(before + 1);
		var task = tasks.valueStream().filter(t -> t.get("id").asString().equals(id)).findFirst().orElseThrow();
		assertThat(task.get("kind").asString()).isEqualTo("MESSAGE_REPLY");
		assertThat(task.get("kindLabel").asString()).isEqualTo("留言答复");
		assertThat(task.get("title").asString()).isEqualTo(title);
		assertThat(task.get("href").asString()).isEqualTo("/interaction/messages/" + id);
		// the responder, who may not sign off, has no such task
		assertThat(api.get(responder, "/api/v1/review/tasks").body().valueStream()
			.noneMatch(t -> t.get("id").asString().equals(id))).isTrue();

		var signedOff = reviewer.submit("/interaction/messages/" + id, "/interaction/messages/" + id + "/transitions",
				Map.of("action", "SIGN_OFF"));
		assertThat(signedOff.status()).as(signedOff.body()).isEqualTo(302);
		var after = page(reviewer, "/review/inbox");
		assertThat(navCount(after)).isEqualTo(before);
		assertThat(after.select("a[href=/interaction/messages/" + id + "]")).isEmpty();
		assertThat(api.get(reviewerToken, "/api/v1/review/tasks").body().size()).isEqualTo(before);
	}

	private static Document page(Console console, String path) {
		var page = console.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	/** The number beside 审核待办 in the navigation. */
	private static int navCount(Document page) {
		var count = page.select("nav.sidenav a[href=/review/inbox] .nav-count");
		assertThat(count).as("审核待办 count in the navigation").hasSize(1);
		return Integer.parseInt(count.text().strip());
	}
}
