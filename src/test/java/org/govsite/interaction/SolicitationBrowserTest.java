package org.govsite.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.support.Api;
import org.govsite.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Solicitations and interviews end to end in headless Chromium: a citizen on a phone sends an opinion through the
 * public page (captcha answered from its Chinese words); the responder publishes the opinion and the result in the
 * console; the public page shows both, escaped and masked. axe-core finds nothing on the public list, detail and
 * interview pages.
 */
@Tag("slow") // a real browser: run by the full suite (CI), not the quick default run
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SolicitationBrowserTest {

	static final String PORTAL = "9901000001";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();
	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void shut() {
		contexts.forEach(BrowserContext::close);
	}

	Page open(Browser.NewContextOptions options) {
		var context = browser.newContext(options);
		contexts.add(context);
		var page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(page.url() + ": " + message.text());
			}
		});
		page.onResponse(response -> {
			if (response.status() == 404) {
				consoleErrors.add("404 " + response.url());
			}
		});
		return page;
	}

	Page phone() {
		return open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(375, 812).setIsMobile(true)
			.setHasTouch(true));
	}

	Page desktop() {
		return open(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static String at(Instant instant) {
		return instant.atOffset(ZoneOffset.ofHours(8)).toString();
	}

	@Test
	void aCitizenSendsAnOpinionOnAPhoneAndTheResponderPublishesTheResult() {
		var suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		var title = "老旧小区加装电梯意见征集" + suffix;
		var api = new Api(port);
		var responderToken = api.token("responder", InteractionBrowserTest.PASSWORD);
		var siteId = jdbc.sql("SELECT id::text FROM site WHERE site_code = ?").param(PORTAL).query(String.class).single();
		var form = new LinkedHashMap<String, Object>();
		form.put("siteId", siteId);
		form.put("title", title);
		form.put("description", "请就加装电梯的费用分摊方式提出意见。");
		form.put("startsAt", at(Instant.now().minus(Duration.ofMinutes(5))));
		form.put("endsAt", at(Instant.now().plus(Duration.ofDays(14))));
		var created = api.post(responderToken, "/api/v1/solicitations", form);
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(api.post(responderToken, "/api/v1/solicitations/" + id + "/transitions", Map.of("action", "OPEN"))
			.status()).isEqualTo(200);

		// The citizen, on a phone: the list, the solicitation, the opinion form.
		var citizen = phone();
		citizen.navigate(url("/public/solicitations/" + PORTAL));
		assertThat(citizen.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("征集调查"))).isVisible();
		InteractionBrowserTest.assertAccessible(citizen);
		InteractionBrowserTest.assertFitsThePhone(citizen);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact(title))).isVisible();
		InteractionBrowserTest.assertAccessible(citizen);
		InteractionBrowserTest.assertFitsThePhone(citizen);

		var payload = "<img src=x onerror=\"window.__pwned = 1\">";
		var opinion = "建议按楼层分摊费用，一楼住户免缴。" + payload;
		citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("姓名")).fill("陈小红");
		citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("手机号码")).fill("135" + suffix);
		citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("意见内容")).fill(opinion);
		// A wrong answer first: the error is linked to its field and what was typed stays.
		citizen.getByLabel("验证问题").fill("99");
		citizen.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("提交意见")).click();
		assertThat(citizen.getByRole(AriaRole.ALERT)).containsText("验证问题回答错误或已过期，请重新作答");
		assertThat(citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("意见内容"))).hasValue(opinion);
		InteractionBrowserTest.assertAccessible(citizen);
		// The refusal's 422 is expected and logged by the browser; nothing else may be.
		consoleErrors.removeIf(error -> error.contains("status of 422"));
		var question = citizen.locator("label[for=captchaAnswer] span").first().textContent().strip();
		citizen.getByLabel("验证问题").fill(Integer.toString(PublicClient.solve(question)));
		citizen.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("提交意见")).click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("您的意见已提交");
		// Not public until a responder says so.
		assertThat(citizen.locator("main")).not().containsText("建议按楼层分摊费用");
		InteractionBrowserTest.assertAccessible(citizen);

		// The responder: the opinion as typed, published; the solicitation closed and its result published.
		var responder = desktop();
		signIn(responder, "responder");
		responder.navigate(url("/interaction/solicitations"));
		assertThat(responder.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("征集调查"))).isVisible();
		InteractionBrowserTest.assertAccessible(responder);
		// The form to start another one: a period the wrong way round is refused with what was typed kept.
		responder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发起征集")).click();
		assertThat(responder.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("发起征集"))).isVisible();
		InteractionBrowserTest.assertAccessible(responder);
		responder.getByLabel("征集标题").fill("倒置的征集时间");
		responder.getByLabel("征集说明").fill("说明");
		responder.getByLabel("开始时间").fill("2026-12-10T09:00");
		responder.getByLabel("截止时间").fill("2026-12-01T09:00");
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("保存为筹备")).click();
		assertThat(responder.getByRole(AriaRole.ALERT)).containsText("征集截止时间须晚于开始时间");
		assertThat(responder.getByLabel("征集标题")).hasValue("倒置的征集时间");
		consoleErrors.removeIf(error -> error.contains("status of 422")); // the refused form answers 422, as expected
		InteractionBrowserTest.assertAccessible(responder);
		responder.navigate(url("/interaction/solicitations"));
		responder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(responder.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact(title))).isVisible();
		assertThat(responder.locator("#opinions tbody")).containsText(opinion);
		assertThat(responder.locator("#opinions tbody")).containsText("135" + suffix);
		assertThat(responder.locator("#opinions img")).hasCount(0);
		InteractionBrowserTest.assertAccessible(responder);
		responder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设为公开：第 1 条意见")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("该意见已在公开页面显示");
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("确认结束征集")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("征集调查当前状态：已结束");
		// The result is required in the browser too (the service's own refusal is covered by the API tests).
		assertThat(responder.getByLabel("征集结果")).hasAttribute("required", "");
		var result = "共收到意见若干条，采纳按楼层分摊的建议，具体办法另行公布。";
		responder.getByLabel("征集结果").fill(result);
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("确认公布结果")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("征集调查当前状态：已公布结果");
		InteractionBrowserTest.assertAccessible(responder);

		// The public page shows the result and the published opinion, masked and escaped.
		citizen.reload();
		assertThat(citizen.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("征集结果"))).isVisible();
		assertThat(citizen.locator("#result")).hasText(result);
		assertThat(citizen.locator("main")).containsText(opinion);
		assertThat(citizen.locator("main")).containsText("陈**");
		assertThat(citizen.locator("main")).not().containsText("陈小红");
		assertThat(citizen.locator("main img")).hasCount(0);
		assertThat(citizen.evaluate("typeof window.__pwned")).isEqualTo("undefined");
		assertThat(citizen.locator("main")).containsText("本次征集已不接受意见。");
		InteractionBrowserTest.assertAccessible(citizen);
		InteractionBrowserTest.assertFitsThePhone(citizen);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void anInterviewIsScheduledInTheConsoleTakesAQuestionAndPublishesItsTranscript() {
		var title = "营商环境在线访谈" + ThreadLocalRandom.current().nextInt(10_000, 99_999);

		// The responder schedules it in the console, with one guest.
		var responder = desktop();
		signIn(responder, "responder");
		responder.navigate(url("/interaction/interviews"));
		assertThat(responder.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("在线访谈"))).isVisible();
		responder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("安排访谈")).click();
		assertThat(responder.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("安排访谈"))).isVisible();
		InteractionBrowserTest.assertAccessible(responder);
		responder.getByLabel("访谈标题").fill(title);
		responder.getByLabel("访谈简介").fill("市发展改革委负责同志与网民在线交流。");
		responder.getByLabel("访谈时间").fill("2026-12-01T10:00");
		responder.getByLabel("第 1 位嘉宾姓名").fill("刘强");
		responder.getByLabel("第 1 位嘉宾职务").fill("主任");
		responder.getByLabel("第 1 位嘉宾单位").fill("市发展改革委");
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("保存为预告")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("当前状态：预告");
		assertThat(responder.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact(title))).isVisible();
		InteractionBrowserTest.assertAccessible(responder);

		// The citizen, on a phone, asks during the trailer.
		var citizen = phone();
		citizen.navigate(url("/public/interviews/" + PORTAL));
		assertThat(citizen.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("在线访谈"))).isVisible();
		InteractionBrowserTest.assertAccessible(citizen);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact(title))).isVisible();
		assertThat(citizen.locator("main")).containsText("市发展改革委主任 刘强");
		assertThat(citizen.locator("main")).containsText("2026-12-01 10:00");
		InteractionBrowserTest.assertAccessible(citizen);
		InteractionBrowserTest.assertFitsThePhone(citizen);
		var asked = "企业开办能否一天办结？<b>加急</b>";
		citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("姓名")).fill("黄小明");
		citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("手机号码"))
			.fill("137" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		citizen.getByRole(AriaRole.TEXTBOX, InteractionBrowserTest.exact("提问内容")).fill(asked);
		var question = citizen.locator("label[for=captchaAnswer] span").first().textContent().strip();
		citizen.getByLabel("验证问题").fill(Integer.toString(PublicClient.solve(question)));
		citizen.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("提交提问")).click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("您的提问已提交");
		InteractionBrowserTest.assertAccessible(citizen);

		// The responder accepts it, starts the interview, records the guest's answer and publishes the transcript.
		responder.reload();
		assertThat(responder.locator("#questions")).containsText(asked);
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("采纳第 1 问")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("提问当前状态：已采纳");
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("确认开始访谈")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("访谈当前状态：进行中");
		responder.getByLabel("作答嘉宾").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("市发展改革委主任 刘强"));
		responder.getByLabel("第 1 问的答复").fill("可以，企业开办全程网办，一个工作日内办结。");
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("保存答复")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("已执行「录入答复」");
		InteractionBrowserTest.assertAccessible(responder);
		responder.getByRole(AriaRole.BUTTON, InteractionBrowserTest.exact("确认公布实录")).click();
		assertThat(responder.getByRole(AriaRole.STATUS)).containsText("已执行「公布实录」");

		// The transcript on the public page.
		citizen.reload();
		assertThat(citizen.getByRole(AriaRole.HEADING, InteractionBrowserTest.exact("访谈实录"))).isVisible();
		assertThat(citizen.locator("main")).containsText(asked);
		assertThat(citizen.locator("main b")).hasCount(0);
		assertThat(citizen.locator("main")).containsText("市发展改革委主任 刘强 答：");
		assertThat(citizen.locator("main")).containsText("一个工作日内办结");
		assertThat(citizen.locator("main")).containsText("黄**");
		InteractionBrowserTest.assertAccessible(citizen);
		InteractionBrowserTest.assertFitsThePhone(citizen);
		assertThat(consoleErrors).isEmpty();
	}

	void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(InteractionBrowserTest.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("概览"))).isVisible();
	}
}
