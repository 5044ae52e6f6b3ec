package org.govsite.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govsite.interaction.PublicClient;
import org.govsite.support.Api;
import org.govsite.support.BrowserTestSupport;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reviewer's one inbox in Chromium, desktop and phone: a reply waits there, is opened, signed off and gone. */
@Tag("slow")
@GovSiteTest
class ReviewInboxBrowserTest extends BrowserTestSupport {

	@Test
	void theFirstReviewerFindsAReplyInTheInboxAndSignsItOff() {
		var api = new Api(port);
		var responder = api.token("responder", PASSWORD);
		var citizen = new PublicClient(port);
		var title = "公园公厕开放时间" + ThreadLocalRandom.current().nextInt(1000, 9999);
		var submitted = citizen.submit(citizen.message("9901000001", "CONSULTATION", title, "请问夜间是否开放？", "孔亮",
				"136" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
		assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
		var transitions = "/api/v1/messages/" + submitted.body().get("id").asString() + "/transitions";
		for (var step : new String[] { "ACCEPT", "START" }) {
			assertThat(api.post(responder, transitions, Map.of("action", step)).status()).isEqualTo(200);
		}
		assertThat(api.post(responder, transitions, Map.of("action", "ANSWER", "reply", "夜间 22 点前开放。")).status()).isEqualTo(200);

		var phone = phone();
		signIn(phone, "reviewer1");
		phone.navigate(url("/review/inbox"));
		assertThat(phone.locator("#replies")).containsText(title);
		assertAccessible(phone);
		assertFitsThePhone(phone);

		var reviewer = desktop();
		signIn(reviewer, "reviewer1");
		var nav = reviewer.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"));
		var entry = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^审核待办")));
		var before = Integer.parseInt(entry.locator(".nav-count").textContent().strip());
		assertThat(before).isGreaterThanOrEqualTo(1);
		entry.click();
		assertThat(reviewer.getByRole(AriaRole.HEADING, exact("审核待办"))).isVisible();
		var row = reviewer.locator("#replies tbody tr").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(row).containsText("待审核答复");
		assertThat(row).containsText("互动办理员");
		assertAccessible(reviewer);
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
		assertThat(reviewer.getByRole(AriaRole.HEADING, exact(title))).isVisible();
		reviewer.getByRole(AriaRole.BUTTON, exact("确认审核答复")).click();
		assertThat(reviewer.getByRole(AriaRole.STATUS).first()).containsText("已执行「审核答复」");
		assertThat(nav.locator("a[href='/review/inbox'] .nav-count")).hasText(String.valueOf(before - 1));
		nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^审核待办"))).click();
		assertThat(reviewer.locator("body")).not().containsText(title);
		assertAccessible(reviewer);
		assertThat(consoleErrors).isEmpty();
	}
}
