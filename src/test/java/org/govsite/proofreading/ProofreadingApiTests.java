package org.govsite.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The proofreading API end to end: checks, dictionary editing by role, refusals, audit, rebuild after changes. */
@GovSiteTest
class ProofreadingApiTests {

	static final String PASSWORD = "GovSite@2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void checksTextAndHtmlAndLetsOnlyAdministratorsEditTheDictionary() {
		var api = new Api(port);
		var admin = api.token("admin", PASSWORD);
		var security = api.token("security", PASSWORD);
		var editor = api.token("editor", PASSWORD);

		assertThat(api.post(null, "/api/v1/proofreading/check", Map.of("text", "攻府")).status()).isEqualTo(401);

		// The seeded dictionary and the personal-data detector, for any signed-in account.
		var seeded = api.post(editor, "/api/v1/proofreading/check",
				Map.of("text", "市攻府发布测试稿件，联系电话13812345678。"));
		assertThat(seeded.status()).as(seeded.raw()).isEqualTo(200);
		var findings = seeded.body().get("findings");
		assertThat(findings.size()).isEqualTo(3);
		assertThat(findings.get(0).get("start").asInt()).isEqualTo(1);
		assertThat(findings.get(0).get("end").asInt()).isEqualTo(3);
		assertThat(findings.get(0).get("suggestion").asString()).isEqualTo("政府");
		assertThat(findings.get(0).get("message").asString()).isEqualTo("「攻府」疑似错别字，建议改为「政府」");
		assertThat(findings.get(0).get("categoryLabel").asString()).isEqualTo("错别字/常见错误");
		assertThat(findings.get(1).get("severity").asString()).isEqualTo("SERIOUS");
		assertThat(findings.get(1).get("severityLabel").asString()).isEqualTo("严重");
		assertThat(findings.get(2).get("category").asString()).isEqualTo("PRIVACY");
		assertThat(findings.get(2).get("suggestion").asString()).isEqualTo("138****5678");

		var html = api.post(editor, "/api/v1/proofreading/check", Map.of("html", "<p>中华人民<i>共合</i>国</p>"));
		assertThat(html.status()).isEqualTo(200);
		assertThat(html.body().get("text").asString()).isEqualTo("中华人民共合国");
		assertThat(html.body().get("findings").get(0).get("end").asInt()).isEqualTo(7);

		var neither = api.post(editor, "/api/v1/proofreading/check", Map.of());
		assertThat(neither.status()).isEqualTo(422);
		assertThat(neither.detail()).contains("text").contains("html");

		// A new word is not found until an administrator adds it.
		var text = Map.of("text", "请勿使用虚构违规词甲一号。");
		assertThat(api.post(editor, "/api/v1/proofreading/check", text).body().get("findings").size()).isZero();

		var entry = Map.of("word", "虚构违规词甲一号", "kind", "BANNED", "note", "测试用虚构词");
		assertThat(api.post(editor, "/api/v1/proofreading/entries", entry).status()).isEqualTo(403);
		assertThat(api.get(editor, "/api/v1/proofreading/entries").status()).isEqualTo(403);

		var blank = api.post(admin, "/api/v1/proofreading/entries", Map.of("word", " ", "kind", "BANNED"));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.detail()).contains("请填写词语");
		var same = api.post(admin, "/api/v1/proofreading/entries",
				Map.of("word", "攻府办", "kind", "CORRECTION", "suggestion", "攻府办"));
		assertThat(same.status()).isEqualTo(422);
		assertThat(same.detail()).isEqualTo("建议用词不能与词语相同");

		long addedBefore = audited(ProofreadingDictionary.AUDIT_ADDED);
		var added = api.post(admin, "/api/v1/proofreading/entries", entry);
		assertThat(added.status()).as(added.raw()).isEqualTo(201);
		long id = added.body().get("id").asLong();
		assertThat(added.body().get("category").asString()).isEqualTo("BANNED_WORD");
		assertThat(added.body().get("severity").asString()).isEqualTo("SERIOUS");
		assertThat(added.body().get("createdBy").asString()).isEqualTo("admin");
		assertThat(audited(ProofreadingDictionary.AUDIT_ADDED)).isEqualTo(addedBefore + 1);
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT 1")
			.param(ProofreadingDictionary.AUDIT_ADDED)
			.query(String.class)
			.single()).isEqualTo("admin");

		var duplicate = api.post(security, "/api/v1/proofreading/entries", Map.of("word", "虚构违规词甲一号", "kind",
				"SENSITIVE"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.detail()).contains("已在禁用词词库中");

		// The checker rebuilt after the change.
		var found = api.post(editor, "/api/v1/proofreading/check", text).body().get("findings");
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).get("matched").asString()).isEqualTo("虚构违规词甲一号");
		assertThat(found.get(0).get("start").asInt()).isEqualTo(4);
		assertThat(found.get(0).get("message").asString()).contains("禁用词").contains("测试用虚构词");

		// A change made by another node (straight into the database, version raised) is seen by the next check.
		jdbc.sql("""
				INSERT INTO proofreading_entry (word, match_key, kind, category, severity, created_at, created_by)
				VALUES ('虚构敏感词乙二号', '虚构敏感词乙二号', 'SENSITIVE', 'SENSITIVE_WORD', 'HINT', now(), 'node-2')
				""").update();
		jdbc.sql("UPDATE proofreading_dictionary SET version = version + 1").update();
		var otherNode = api.post(editor, "/api/v1/proofreading/check", Map.of("text", "虚构敏感词乙二号")).body();
		assertThat(otherNode.get("findings").get(0).get("severity").asString()).isEqualTo("HINT");

		var listed = api.get(security, "/api/v1/proofreading/entries");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(words(listed.body())).contains("攻府", "既使用", "虚构违规词甲一号", "虚构敏感词乙二号");

		// The security administrator removes the entry; the check no longer finds it.
		long removedBefore = audited(ProofreadingDictionary.AUDIT_REMOVED);
		assertThat(api.delete(editor, "/api/v1/proofreading/entries/" + id).status()).isEqualTo(403);
		assertThat(api.delete(security, "/api/v1/proofreading/entries/" + id).status()).isEqualTo(204);
		assertThat(audited(ProofreadingDictionary.AUDIT_REMOVED)).isEqualTo(removedBefore + 1);
		assertThat(api.post(editor, "/api/v1/proofreading/check", text).body().get("findings").size()).isZero();
		var gone = api.delete(security, "/api/v1/proofreading/entries/" + id);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.detail()).contains("不存在");
	}

	private long audited(String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single();
	}

	private static java.util.List<String> words(JsonNode entries) {
		var words = new java.util.ArrayList<String>();
		entries.forEach(e -> words.add(e.get("word").asString()));
		return words;
	}
}
