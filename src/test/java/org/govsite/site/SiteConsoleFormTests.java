package org.govsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.govsite.support.Api;
import org.govsite.support.Console;
import org.govsite.support.GovSiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 14/9: the site form shows each refusal beside its field; a malformed address answers in Chinese. */
@GovSiteTest
class SiteConsoleFormTests {

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	Console admin;

	@BeforeEach
	void signIn() {
		admin = new Console(port);
		assertThat(admin.signIn("admin", "GovSite@2026")).doesNotContain("error");
	}

	@Test
	void codeAndDomainRefusalsAreShownBesideTheirFieldsAndWhatWasTypedIsKept() {
		var sponsor = jdbc.sql("SELECT CAST(id AS TEXT) FROM unit WHERE name = '示例自治州生态环境局'").query(String.class)
			.single();
		var page = admin.submit("/sites/new", "/sites", Map.of("name", "字段提示测试网站", "type", "DEPARTMENT",
				"domain", "field-test.example.com", "aliases", "www.field-test.gov.cn", "sponsorUnitId", sponsor));
		assertThat(page.status()).as(page.body()).isEqualTo(422);
		var html = Jsoup.parse(page.body());
		assertThat(html.select("#siteCode-error").text()).isEqualTo("政府网站必须填写网站标识码");
		assertThat(html.select("#siteCode").attr("aria-invalid")).isEqualTo("true");
		assertThat(html.select("#siteCode").attr("aria-describedby")).isEqualTo("siteCode-error");
		assertThat(html.select("#domain-error").text()).contains("政府网站的域名应以 .gov.cn 或 .政务 结尾");
		assertThat(html.select("#domain").attr("aria-invalid")).isEqualTo("true");
		assertThat(html.select("#domain").val()).isEqualTo("field-test.example.com");
		assertThat(html.select("#aliases-error")).isEmpty();
		// the summary above the form still lists every reason
		assertThat(html.select("[role=alert]").text()).contains("政府网站必须填写网站标识码", "政府网站的域名应以");
	}

	@Test
	void aDomainTakenByAnotherSiteIsShownBesideTheAliases() {
		var sponsor = jdbc.sql("SELECT CAST(id AS TEXT) FROM unit WHERE name = '示例自治州生态环境局'").query(String.class)
			.single();
		var page = admin.submit("/sites/new", "/sites", Map.of("name", "别名冲突测试网站", "type", "DEPARTMENT",
				"siteCode", "9901009876", "domain", "alias-clash.shilizhou.gov.cn", "aliases", "sthjj.shilizhou.gov.cn",
				"sponsorUnitId", sponsor));
		assertThat(page.status()).isEqualTo(422);
		var html = Jsoup.parse(page.body());
		assertThat(html.select("#aliases-error").text()).contains("域名「sthjj.shilizhou.gov.cn」已被");
		assertThat(html.select("#domain-error")).isEmpty();
		assertThat(html.select("#siteCode-error")).isEmpty();
	}

	@Test
	void aMalformedIdInAConsoleAddressAnswersTheChineseNotFoundPage() {
		for (var path : new String[] { "/sites/not-a-uuid", "/units/not-a-uuid", "/sites/not-a-uuid/edit" }) {
			var page = admin.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("页面不存在", "<html lang=\"zh-CN\"").doesNotContain("\"detail\"");
		}
	}

	@Test
	void theApiAnswersAProblemInChineseForAMalformedOrUnknownAddress() {
		var api = new Api(port);
		var token = api.token("admin", "GovSite@2026");
		var malformed = api.get(token, "/api/v1/sites/not-a-uuid");
		assertThat(malformed.status()).isEqualTo(422); // the API's own refusal of a malformed site id
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.detail()).matches(".*\\p{IsHan}.*");
		var unknown = api.get(token, "/api/v1/no-such-thing");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.detail()).isEqualTo("请求的地址不存在");
	}
}
