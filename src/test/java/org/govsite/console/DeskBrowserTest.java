package org.govsite.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.interaction.PublicClient;
import org.govsite.support.Api;
import org.govsite.support.BrowserTestSupport;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * Issue 14, "give each role its screen": the editor lands on 我的稿件 with the draft a reviewer returned and the
 * reviewer's words; the responder lands on 留言办理 with the new message and its working days left. Desktop and phone,
 * axe clean.
 */
@Tag("slow")
@GovSiteTest
class DeskBrowserTest extends BrowserTestSupport {

	@Test
	void theEditorSeesTheReturnedDraftAndTheResponderTheNewMessage() {
		var api = new Api(port);
		var editor = api.token("editor", PASSWORD);
		var admin = api.token("admin", PASSWORD);
		var portal = api.get(admin, "/api/v1/sites").body().valueStream()
			.filter(site -> "9901000001".equals(site.path("siteCode").asString())).findFirst().orElseThrow().get("id").asString();
		var column = api.get(admin, "/api/v1/sites/" + portal + "/columns").body().valueStream()
			.filter(c -> c.get("slug").asString().equals("tzgg")).findFirst().orElseThrow().get("id").asString();
		var title = "关于开展秋季防火检查的通知" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var article = api.post(editor, "/api/v1/articles", new HashMap<>(Map.of("columnId", column, "title", title,
				"body", "<p>各单位于本月底前完成自查。</p>"))).body().get("id").asString();
		var transitions = "/api/v1/articles/" + article + "/transitions";
		assertThat(api.post(editor, transitions, Map.of("action", "SUBMIT")).status()).isEqualTo(200);
		assertThat(api.post(api.token("reviewer1", PASSWORD), transitions, Map.of("action", "RETURN", "comment", "请补充检查范围"))
			.status()).isEqualTo(200);

		var desk = desktop();
		signIn(desk, "editor");
		assertThat(desk.locator("#desk-returned")).containsText(title);
		assertThat(desk.locator("#desk-returned")).containsText("请补充检查范围");
		assertAccessible(desk);
		// 信息检索: the draft found by a word of its title
		desk.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("信息检索（按网站、状态、标题或文号）")).click();
		desk.getByLabel("标题或文号").fill(title.substring(title.length() - 8));
		desk.getByLabel("状态").selectOption("DRAFT");
		desk.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索").setExact(true)).click();
		assertThat(desk.locator("#article-results")).containsText(title);
		assertAccessible(desk);

		var citizen = new PublicClient(port);
		var question = "小区加装电梯补贴" + ThreadLocalRandom.current().nextInt(1000, 9999);
		assertThat(citizen.submit(citizen.message("9901000001", "CONSULTATION", question, "补贴标准是多少？", "孙丽",
				"135" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999))).status()).isEqualTo(201);
		var phone = phone();
		signIn(phone, "responder");
		assertThat(phone.locator("#responder-desk")).containsText(question);
		assertThat(phone.locator("#responder-desk")).containsText("待受理");
		assertAccessible(phone);
		assertFitsThePhone(phone);
		phone.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/responder-desk-phone.png")).setFullPage(true));

		// from the desk to the message, accepted and answered in one step, starting from a 常用语
		assertThat(api.post(api.token("responder", PASSWORD), "/api/v1/reply-templates", Map.of("siteId", portal, "title", "补贴政策答复",
				"body", "感谢您的留言。")).status()).isEqualTo(201);
		phone.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName(question)).click();
		phone.locator("#template-ACCEPT_AND_ANSWER").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("补贴政策答复"));
		assertThat(phone.locator("#reply-ACCEPT_AND_ANSWER")).hasValue("感谢您的留言。");
		phone.locator("#reply-ACCEPT_AND_ANSWER").fill("感谢您的留言。符合条件的小区每部电梯补贴 20 万元。");
		phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理并答复").setExact(true)).click();
		assertThat(phone.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first()).containsText("已受理并答复，留言当前状态：已答复");
		assertAccessible(phone);
		assertThat(consoleErrors).isEmpty();
	}
}
