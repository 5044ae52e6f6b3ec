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

	private final CaptchaGate captcha;
	private final AbuseControl abuse;
	private final JdbcClient jdbc;

	CitizenIntake(CaptchaGate captcha, AbuseControl abuse, JdbcClient jdbc) {
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
	Captcha.Verified check(PublicInput input, String contentLabel, int contentMax, List<FieldReason> extra,
			CaptchaAnswer checked) {
		var reasons = new ArrayList<FieldReason>();
		if (!validToken(input.clientToken())) {
			reasons.add(new FieldReason("clientToken", "表单已失效，请刷新页面后重新填写"));
		}
		text(input.name(), "name", "姓名", Messages.NAME_MAX, reasons);
		if (input.mobile() == null || !input.mobile().strip().matches(AbuseControl.MOBILE_PATTERN)) {
			reasons.add(new FieldReason("mobile", "请填写正确的 11 位手机号码"));
		}
		text(input.content(), "content", contentLabel, contentMax, reasons);
		reasons.addAll(checked.reasons());
		if (!extra.isEmpty()) {
			var all = new ArrayList<>(extra);
			all.addAll(reasons);
			throw new SubmissionRefusal(reasons.isEmpty() ? Refusal.Kind.CONFLICT : Refusal.Kind.INVALID, all);
		}
		if (!reasons.isEmpty()) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, reasons);
		}
		return java.util.Objects.requireNonNull(checked.token());
	}

	/** Serialises submissions from one mobile number until the transaction ends. */
	void lock(String mobile) {
		jdbc.sql("SELECT pg_advisory_xact_lock(4243, hashtext(?))").param(mobile).query().singleRow();
	}

	/**
	 * Checks the captcha answer; called before the submission's transaction, since a wrong answer burns the token in
	 * a transaction of its own.
	 */
	CaptchaAnswer answer(PublicInput input, @Nullable String sourceIp) {
		return captcha.check(input.captchaToken(), input.captchaAnswer(), sourceIp);
	}

	/** Records the captcha as used; refuses when it was used already. */
	void useCaptcha(Captcha.Verified verified) {
		captcha.use(verified);
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
