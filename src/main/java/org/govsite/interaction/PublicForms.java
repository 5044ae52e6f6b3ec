package org.govsite.interaction;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction platform's citizen-intake protections offered to other modules' public forms (e.g. requests for
 * disclosure): the same arithmetic captcha (each token answers one submission) and the same abuse limits, counted per
 * kind. Refusals are {@link SubmissionRefusal}s tied to form fields ({@code captchaAnswer}, {@code mobile},
 * {@code form}); rate-limited ones should be answered with HTTP 429.
 */
@Service
public class PublicForms {

	private final Captcha captcha;
	private final AbuseControl abuse;
	private final CitizenIntake intake;

	PublicForms(Captcha captcha, AbuseControl abuse, CitizenIntake intake) {
		this.captcha = captcha;
		this.abuse = abuse;
		this.intake = intake;
	}

	/** A new question in Chinese words and its signed token. */
	public CaptchaChallenge challenge() {
		return captcha.issue();
	}

	/**
	 * Counts one submission attempt of {@code kind} (its own counters) from this address and mobile number, in its
	 * own transaction; refuses when a limit is passed ({@code noun} names the thing in the sentence, e.g. 申请).
	 */
	public void count(String kind, String noun, @Nullable String sourceIp, @Nullable String mobile) {
		abuse.countSubmission(kind, noun, sourceIp, mobile == null ? null : mobile.strip());
	}

	/** The reason the answer is refused (wrong, expired or forged token), or empty when it is right. */
	public List<SubmissionRefusal.FieldReason> check(@Nullable String token, @Nullable String answer) {
		return captcha.verify(token, answer).isPresent() ? List.of()
				: List.of(new SubmissionRefusal.FieldReason("captchaAnswer", "验证问题回答错误或已过期，请重新作答"));
	}

	/**
	 * Checks the answer and records its token as used in the caller's transaction, so that it answers exactly one
	 * stored submission; refuses when wrong, expired or used.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void use(@Nullable String token, @Nullable String answer) {
		var verified = captcha.verify(token, answer);
		if (verified.isEmpty()) {
			throw new SubmissionRefusal(org.govsite.shared.Refusal.Kind.INVALID, check(token, answer));
		}
		intake.useCaptcha(verified.get());
	}
}
