package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 14/11: the review history names people, not accounts. */
@GovSiteTest
class ReviewHistoryNamesTests {

	static final String PASSWORD = "GovSite@2026";

	@LocalServerPort int port;

	@Test
	void theReviewHistoryShowsPeoplesNames() {
		var api = new Api(port);
		var admin = api.token("admin", PASSWORD);
		var editor = api.token("editor", PASSWORD);
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id")
			.asString();
		var column = api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals("tzgg")).findFirst().orElseThrow().get("id").asString();
		var written = api.post(editor, "/api/v1/articles",
				Map.of("columnId", column, "title", "审核记录显示姓名", "body", "<p>审核记录显示姓名。</p>"));
		assertThat(written.status()).as(written.raw()).isEqualTo(201);
		var id = written.body().get("id").asString();
		var submit = new HashMap<String, Object>();
		submit.put("action", "SUBMIT");
		assertThat(api.post(editor, "/api/v1/articles/" + id + "/transitions", submit).status()).isEqualTo(200);

		var console = new Console(port);
		assertThat(console.signIn("reviewer1", PASSWORD)).doesNotContain("error");
		var page = Jsoup.parse(console.get("/content/articles/" + id).body());
		var timeline = page.select(".timeline").text();
		assertThat(timeline).contains("门户网站编辑").doesNotContain(" editor");
		// the API keeps the account (as the audit trail does) and adds the name
		var history = api.get(editor, "/api/v1/articles/" + id + "/transitions").body().get(0);
		assertThat(history.get("actor").asString()).isEqualTo("editor");
		assertThat(history.get("actorName").asString()).isEqualTo("门户网站编辑");
	}
}
