package org.govsite.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.BrowserTestSupport;
import org.govsite.support.MutableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, defect 2: a citizen's message is never lost because the session behind the form went away (cookies
 * cleared, the 20-minute session expired, another node): it is accepted, or, when the form's captcha has expired
 * too, the form comes back with everything typed, a new question and a sentence asking to answer again.
 */
@Tag("slow")
@ContextWithMovableClock
class PublicFormSessionBrowserTest extends BrowserTestSupport {

	static final String PORTAL = "9901000001";

	@Autowired MutableClock clock;

	@Test
	void aMessageSubmittedAfterTheCookiesWereClearedIsAccepted() {
		var citizen = phone();
		var title = "夜间施工噪音扰民" + ThreadLocalRandom.current().nextInt(1000, 9999);
		fill(citizen, title, "人民路工地每晚十一点后仍在施工，影响休息。");
		answer(citizen);
		citizen.context().clearCookies();
		citizen.getByRole(AriaRole.BUTTON, exact("提交留言")).click();

		assertThat(citizen.getByRole(AriaRole.HEADING, exact("留言已提交"))).isVisible();
		assertThat(citizen.locator(".code")).hasText(java.util.regex.Pattern.compile("[23456789A-HJKMNP-Z]{12}"));
		assertThat(citizen.locator("body")).not().containsText("无权访问");
		// the query code can be copied in one tap (issue 14)
		citizen.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
		citizen.getByRole(AriaRole.BUTTON, exact("复制查询码")).click();
		assertThat(citizen.locator("#copy-status")).hasText("已复制查询码");
		assertAccessible(citizen);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void aMessageWhoseQuestionExpiredComesBackAsTypedAndGoesThroughOnTheSecondSubmit() {
		var citizen = desktop();
		var title = "建议延长图书馆开放时间" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var content = "市图书馆周末下午五点闭馆，建议延长到晚上八点。";
		fill(citizen, title, content);
		answer(citizen);
		// the citizen typed for over half an hour: session and question both expired
		citizen.context().clearCookies();
		clock.advance(Duration.ofMinutes(31));
		citizen.getByRole(AriaRole.BUTTON, exact("提交留言")).click();

		assertThat(citizen.locator("#error-summary")).containsText("验证问题回答错误或已过期，请重新作答");
		assertThat(citizen.getByRole(AriaRole.TEXTBOX, exact("标题"))).hasValue(title);
		assertThat(citizen.getByRole(AriaRole.TEXTBOX, exact("留言内容"))).hasValue(content);
		assertThat(citizen.getByRole(AriaRole.TEXTBOX, exact("姓名"))).hasValue("李华");
		assertThat(citizen.getByLabel("留言类别")).hasValue("SUGGESTION");
		assertThat(citizen.getByLabel("验证问题")).hasValue("");
		assertAccessible(citizen);

		answer(citizen);
		citizen.getByRole(AriaRole.BUTTON, exact("提交留言")).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, exact("留言已提交"))).isVisible();
		assertThat(consoleErrors).isEmpty();
	}

	/** Issue 14: 满意度评价 on a phone — the status page offers it once the message is answered, refuses 不满意 without a reason. */
	@Test
	void theCitizenRatesTheAnswerOnThePhone() {
		var client = new PublicClient(port);
		var api = client.api();
		var mobile = "137" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		var submitted = client.submit(client.message(PORTAL, "CONSULTATION", "社区医院周末门诊", "周末是否开设门诊？", "王芳", mobile)).body();
		var path = "/api/v1/messages/" + submitted.get("id").asString() + "/transitions";
		var responder = api.token("responder", "GovSite@2026");
		api.post(responder, path, java.util.Map.of("action", "ACCEPT"));
		api.post(responder, path, java.util.Map.of("action", "START", "comment", "开始办理"));
		api.post(responder, path, java.util.Map.of("action", "ANSWER", "reply", "社区医院周六上午开设门诊。"));

		var citizen = phone();
		citizen.navigate(url("/public/messages/status?site=" + PORTAL));
		citizen.getByLabel("查询码").fill(submitted.get("queryCode").asString());
		citizen.getByLabel("手机号码").fill(mobile);
		citizen.getByRole(AriaRole.BUTTON, exact("查询")).click();
		assertThat(citizen.locator(".reply")).containsText("社区医院周六上午开设门诊。");
		assertThat(citizen.getByRole(AriaRole.HEADING, exact("满意度评价"))).isVisible();
		assertAccessible(citizen);

		citizen.getByRole(AriaRole.RADIO, exact("不满意")).check();
		citizen.getByRole(AriaRole.BUTTON, exact("提交评价")).click();
		assertThat(citizen.locator("#reason-error")).hasText("选择「不满意」时请填写原因，以便改进");
		assertThat(citizen.getByRole(AriaRole.RADIO, exact("不满意"))).isChecked();
		citizen.getByLabel("原因（选择「不满意」时必填）").fill("没有说明周日是否开诊");
		citizen.getByRole(AriaRole.BUTTON, exact("提交评价")).click();
		assertThat(citizen.locator("#rating-given")).containsText("您的评价：不满意（没有说明周日是否开诊）");
		assertThat(citizen.getByRole(AriaRole.HEADING, exact("满意度评价"))).hasCount(0);
		assertAccessible(citizen);
		citizen.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/rating-phone.png")).setFullPage(true));
		assertThat(consoleErrors).isEmpty();
	}

	private void fill(Page citizen, String title, String content) {
		citizen.navigate(url("/public/messages/" + PORTAL + "/new"));
		assertThat(citizen.getByRole(AriaRole.HEADING, exact("我要留言"))).isVisible();
		citizen.getByLabel("留言类别").selectOption("SUGGESTION");
		citizen.getByRole(AriaRole.TEXTBOX, exact("标题")).fill(title);
		citizen.getByRole(AriaRole.TEXTBOX, exact("留言内容")).fill(content);
		citizen.getByRole(AriaRole.TEXTBOX, exact("姓名")).fill("李华");
		citizen.getByRole(AriaRole.TEXTBOX, exact("手机号码")).fill("139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
	}

	private static void answer(Page citizen) {
		var question = citizen.locator("label[for=captchaAnswer] span").first().textContent().strip();
		citizen.getByLabel("验证问题").fill(Integer.toString(PublicClient.solve(question)));
	}
}
