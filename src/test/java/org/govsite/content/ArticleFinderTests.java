package org.govsite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 信息检索 (issue 14, editor): by state and a word of the title, only the sites the person works on, paged. */
@GovSiteTest
class ArticleFinderTests {

	@LocalServerPort int port;

	@Test
	void anEditorFindsTheirDraftByTitleAndStateAndOthersSeeNothingOfIt() {
		var api = new Api(port);
		var editor = api.token("editor", "GovSite@2026");
		var admin = api.token("admin", "GovSite@2026");
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var column = api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals("tzgg")).findFirst().orElseThrow().get("id").asString();
		var word = "鹳鹤" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var id = api.post(editor, "/api/v1/articles", new HashMap<>(Map.of("columnId", column, "title", "关于" + word + "保护的通知",
				"body", "<p>正文。</p>"))).body().get("id").asString();

		var found = api.get(editor, "/api/v1/articles?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)
				+ "&state=DRAFT&siteId=" + portal).body();
		assertThat(found.get("rows").valueStream().map(r -> r.get("id").asString()).toList()).containsExactly(id);
		assertThat(found.get("rows").get(0).get("columnName").asString()).isEqualTo("通知公告");
		assertThat(api.get(editor, "/api/v1/articles?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)
				+ "&state=PUBLISHED").body().get("rows").size()).isZero();
		var badState = api.get(editor, "/api/v1/articles?state=LOST");
		assertThat(badState.status()).isEqualTo(422);
		assertThat(badState.detail()).isEqualTo("未知的信息状态「LOST」");
		// the responder works on no site's content: nothing to find, and no site to ask for
		var responder = api.token("responder", "GovSite@2026");
		assertThat(api.get(responder, "/api/v1/articles?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
			.body().get("rows").size()).isZero();
		assertThat(api.get(responder, "/api/v1/articles?siteId=" + portal).status()).isEqualTo(403);
	}
}
