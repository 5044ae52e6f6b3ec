package org.govsite.interaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.govsite.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door of every public form's captcha (messages, opinions, questions, disclosure requests):
 * <ul>
 * <li>issuing is counted per address ({@code govsite.interaction.challenges-per-ip-per-hour});</li>
 * <li>a token is bound to the address it was issued to;</li>
 * <li>any wrong answer burns the token at once, in its own transaction (so a refusal that rolls the submission back
 * keeps it burned): a bot gets one guess per question;</li>
 * <li>the token must carry its proof of work ({@link CaptchaWork}): the cost a script pays per submission;</li>
 * <li>a right answer is recorded as used with the stored submission, so each token answers exactly one.</li>
 * </ul>
 */
@Component
class CaptchaGate {

	static final String WRONG = "验证问题回答错误或已过期，请重新作答";
	static final String USED = "该验证问题已使用过，请重新作答";
	static final String NO_WORK = "页面安全校验尚未完成，请稍候再提交（须启用浏览器脚本）";

	private final Captcha captcha;
	private final AbuseControl abuse;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	CaptchaGate(Captcha captcha, AbuseControl abuse, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.captcha = captcha;
		this.abuse = abuse;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A new question for the client at {@code address}; refuses (TOO_MANY) past the hourly limit. */
	CaptchaChallenge issue(@Nullable String address) {
		abuse.countChallenge(address);
		return captcha.issue(Captcha.clientOf(address));
	}

	/**
	 * The right answer's token, or the reason it is refused: wrong, expired, issued to another address, or already
	 * burned or used. A wrong answer burns the token.
	 */
	CaptchaAnswer check(@Nullable String submitted, @Nullable String answer, @Nullable String address) {
		if (submitted == null) {
			return CaptchaAnswer.refused(WRONG);
		}
		var split = CaptchaWork.split(submitted);
		if (!CaptchaWork.proves(split.token(), split.proof(), captcha.workBits())) {
			// not burned: the page's script had not finished (or is off); the citizen may simply send again
			return CaptchaAnswer.refused(NO_WORK);
		}
		var outcome = captcha.verify(split.token(), answer, Captcha.clientOf(address));
		if (outcome instanceof Captcha.Answer.Right right) {
			return spent(right.token()) ? CaptchaAnswer.refused(USED) : new CaptchaAnswer(right.token(), null);
		}
		if (outcome instanceof Captcha.Answer.Wrong wrong) {
			ownTransaction.executeWithoutResult(status -> record(wrong.token()));
		}
		return CaptchaAnswer.refused(WRONG);
	}

	/** Records the token as used in the caller's transaction; refuses when another submission used it first. */
	void use(Captcha.Verified token) {
		if (!record(token)) {
			throw new SubmissionRefusal(Refusal.Kind.INVALID, List.of(new SubmissionRefusal.FieldReason("captchaAnswer", USED)));
		}
	}

	private boolean spent(Captcha.Verified token) {
		return jdbc.sql("SELECT count(*) FROM interaction_captcha_used WHERE nonce = ?").param(token.nonce())
			.query(Long.class).single() > 0;
	}

	private boolean record(Captcha.Verified token) {
		return jdbc.sql("INSERT INTO interaction_captcha_used (nonce, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(token.nonce(), Timestamp.from(Instant.ofEpochSecond(token.expiresAtEpochSecond())))
			.update() == 1;
	}
}
