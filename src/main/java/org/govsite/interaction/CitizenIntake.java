package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsite.interaction.SubmissionRefusal.FieldReason;
import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What opinions and questions share with messages: the client token, the rate limits, the field checks with reasons
 * tied to form fields, the captcha (each token answers one submission) and the per-mobile lock that serialises a
 * double click.
 */
@Component
class CitizenIntake {

	static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{8,64}";

	private final Captcha captcha;
	private final AbuseControl abuse;
	private final JdbcClient jdbc;

	CitizenIntake(Captcha captcha, AbuseControl abuse, JdbcClient jdbc) {
		this.captcha = captcha;
		this.abuse = abuse;
		this.jdbc = jdbc;
	}

	static boolean validToken(@Nullable String token) {
		return token != null && token.matches(TOKEN_PATTERN);
	}

	/** Counts the attempt against the limits (in its own transaction); refuses with 429 reasons. */
	void count(String kind, String noun, PublicInput input, @Nullable String sourceIp) {
		abuse.countSubmission(kind, noun, sourceIp, input.mobile() == null ? null : input.mobile().strip());
	}

	/**
	 * Checks the fields and the captcha, adding {@code extra} reasons (e.g. the period); refuses with every reason at
	 * once, CONFLICT when {@code extra} holds the only reasons, else INVALID.
	 */
	Captcha.Verified check(PublicInput input, String contentLabel, int contentMax, List<FieldReason> extra) {
		var reasons = new ArrayList<FieldReason>();
		if (!validToken(input.clientToken())) {
			reasons.add(new FieldReason("clientToken", "表单已失效，请刷新页面后重新填写"));
		}
		text(input.name(), "name", "姓名", Messages.NAME_MAX, reasons);
		if (input.mobile() == null || !input.mobile().strip().matches(AbuseControl.MOBILE_PATTERN)) {
			reasons.add(new FieldReason("mobile", "请填写正确的 11 位手机号码"));
		}
		text(input.content(), "content", contentLabel, contentMax, reasons);
		var verified = captcha.verify(input.captchaToken(), input.captchaAnswer());
		if (verified.isEmpty()) {
			reasons.add(new FieldReason("captchaAnswer", "验证问题回答错误或已过期，请重新作答"));
		}
		if (!extra.isEmpty()) {
			var all = new ArrayList<>(extra);
			all.addAll(reasons);
			throw new SubmissionRefusal(reasons.isEmpty() ? Refusal.Kind.CONFLICT : Refusal.Kind.INVALID, all);
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		return verified.orElseThrow();
	}

	/** Serialises submissions from one mobile number until the transaction ends. */
	void lock(String mobile) {
		jdbc.sql("SELECT pg_advisory_xact_lock(4243, hashtext(?))").param(mobile).query().singleRow();
	}

	/** Records the captcha as used; refuses when it was used already. */
	void useCaptcha(Captcha.Verified verified) {
		int used = jdbc.sql("INSERT INTO interaction_captcha_used (nonce, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(verified.nonce(), Timestamp.from(Instant.ofEpochSecond(verified.expiresAtEpochSecond())))
			.update();
		if (used != 1) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID,
					List.of(new FieldReason("captchaAnswer", "该验证问题已使用过，请重新作答")));
		}
	}

	private static void text(@Nullable String value, String field, String label, int max, List<FieldReason> reasons) {
		if (value == null || value.isBlank()) {
			reasons.add(new FieldReason(field, "请填写" + label));
		}
		else if (value.codePointCount(0, value.length()) > max) {
			reasons.add(new FieldReason(field, label + "不能超过 " + max + " 个字"));
		}
	}
}
