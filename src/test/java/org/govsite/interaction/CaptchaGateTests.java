package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.govsite.shared.Refusal;
import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The penetration test's captcha findings (security issue, item 9): a wrong answer burns the token (no ninth guess),
 * a token answers only for the address it was issued to, issuing is throttled per address.
 */
@GovSiteTest
class CaptchaGateTests {

	@LocalServerPort int port;
	@Autowired CaptchaGate gate;
	@Autowired Captcha captcha;
	@Autowired JdbcClient jdbc;
	@Autowired PlatformTransactionManager transactions;
	@Autowired Clock clock;

	@Test
	void aWrongAnswerThroughThePublicApiBurnsTheTokenSoTheRightOneIsRefusedAfterIt() {
		var citizen = new PublicClient(port);
		var message = citizen.message("9901000001", "CONSULTATION", "关于公交线路调整的咨询", "请问12路公交何时恢复？", "张三",
				"13700000901");
		var right = (String) message.get("captchaAnswer");
		message.put("captchaAnswer", Integer.toString(Integer.parseInt(right) + 1));
		var wrong = citizen.submit(message);
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.raw()).contains("验证问题回答错误或已过期，请重新作答");

		message.put("captchaAnswer", right);
		var retried = citizen.submit(message);
		assertThat(retried.status()).isEqualTo(422);
		assertThat(retried.raw()).contains("该验证问题已使用过，请重新作答");
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_message WHERE mobile = '13700000901'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aTokenIsAnsweredOnlyFromTheAddressItWasIssuedTo() {
		var challenge = gate.issue("198.51.100.7");
		var token = CaptchaWork.solve(challenge.token(), challenge.workBits());
		var answer = Integer.toString(PublicClient.solve(challenge.question()));
		assertThat(gate.check(token, answer, "198.51.100.99").refusal())
			.isEqualTo("验证问题回答错误或已过期，请重新作答");
		// tried from elsewhere, the token is burned for its own client too
		assertThat(gate.check(token, answer, "198.51.100.7").refusal()).isEqualTo("该验证问题已使用过，请重新作答");

		var fresh = gate.issue("198.51.100.7");
		var checked = gate.check(CaptchaWork.solve(fresh.token(), fresh.workBits()),
				Integer.toString(PublicClient.solve(fresh.question())), "198.51.100.7");
		assertThat(checked.refusal()).isNull();
		assertThat(checked.token()).isNotNull();
	}

	@Test
	void aTokenWithoutItsProofOfWorkIsRefusedButNotBurned() {
		var challenge = gate.issue("198.51.100.8");
		assertThat(challenge.workBits()).isEqualTo(16);
		var answer = Integer.toString(PublicClient.solve(challenge.question()));
		assertThat(gate.check(challenge.token(), answer, "198.51.100.8").refusal())
			.isEqualTo("页面安全校验尚未完成，请稍候再提交（须启用浏览器脚本）");
		assertThat(gate.check(challenge.token() + ".1", answer, "198.51.100.8").refusal())
			.as("a proof that does not hold").isEqualTo("页面安全校验尚未完成，请稍候再提交（须启用浏览器脚本）");
		// the page's script finishes, the citizen sends again: accepted
		assertThat(gate.check(CaptchaWork.solve(challenge.token(), 16), answer, "198.51.100.8").refusal()).isNull();
	}

	@Test
	void issuingIsThrottledPerAddress() {
		var properties = new InteractionProperties();
		properties.setChallengesPerIpPerHour(3);
		var throttled = new CaptchaGate(captcha, new AbuseControl(jdbc, transactions, properties, clock), jdbc, transactions);
		for (int i = 0; i < 3; i++) {
			throttled.issue("192.0.2.33");
		}
		assertThatThrownBy(() -> throttled.issue("192.0.2.33"))
			.isInstanceOfSatisfying(SubmissionRefusal.class, refusal -> {
				assertThat(refusal.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
				assertThat(refusal.reasons()).containsExactly("获取验证问题过于频繁，请一小时后再试");
			});
		throttled.issue("192.0.2.34"); // another address is not affected
	}
}
