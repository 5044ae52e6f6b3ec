package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 常用语 through the API: kept by the site's responders, refused to others and when empty, audited. */
@GovSiteTest
class ReplyTemplateTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	@Test
	void aResponderKeepsTheSitesReplyTemplates() {
		var api = new Api(port);
		var responder = api.token("responder", "GovSite@2026");
		var portal = jdbc.sql("SELECT id::text FROM site WHERE site_code = '9901000001'").query(String.class).single();

		var empty = api.post(responder, "/api/v1/reply-templates", Map.of("siteId", portal, "title", " ", "body", ""));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.body().get("reasons").toString()).contains("请填写常用语名称", "请填写常用语内容");
		assertThat(api.post(api.token("editor", "GovSite@2026"), "/api/v1/reply-templates",
				Map.of("siteId", portal, "title", "转办说明", "body", "您的留言已转有关部门办理。")).status()).isEqualTo(403);

		var created = api.post(responder, "/api/v1/reply-templates",
				Map.of("siteId", portal, "title", "转办说明", "body", "您的留言已转有关部门办理，请耐心等待答复。"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(api.get(responder, "/api/v1/reply-templates?siteId=" + portal).body().toString()).contains("转办说明");
		assertThat(api.get(api.token("editor", "GovSite@2026"), "/api/v1/reply-templates?siteId=" + portal).status()).isEqualTo(403);

		assertThat(api.delete(responder, "/api/v1/reply-templates/" + id).status()).isEqualTo(204);
		assertThat(api.get(responder, "/api/v1/reply-templates?siteId=" + portal).body().toString()).doesNotContain(id);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action IN ('REPLY_TEMPLATE_ADDED', 'REPLY_TEMPLATE_REMOVED')")
			.param(id).query(Long.class).single()).isEqualTo(2);
	}
}
