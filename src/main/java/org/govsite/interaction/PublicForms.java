package org.govsite.interaction;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction platform's citizen-intake protections offered to other modules' public forms (e.g. requests for
 * disclosure): the same captcha (one door, {@link CaptchaGate}: bound to the address, burned by a wrong answer, each
 * token answers one submission) and the same abuse limits, counted per
 * kind. Refusals are {@link SubmissionRefusal}s tied to form fields ({@code captchaAnswer}, {@code mobile},
 * {@code form}); rate-limited ones should be answered with HTTP 429.
 */
@Service
public class PublicForms {

	private final CaptchaGate captcha;
	private final AbuseControl abuse;

	PublicForms(CaptchaGate captcha, AbuseControl abuse) {
		this.captcha = captcha;
		this.abuse = abuse;
	}

	/**
	 * A new question in Chinese words and its signed token, bound to the client at {@code address}; refuses (a
	 * rate-limited {@link SubmissionRefusal}) when that address fetched too many questions this hour.
	 */
	public CaptchaChallenge challenge(@Nullable String address) {
		return captcha.issue(address);
	}

	/**
	 * Counts one submission attempt of {@code kind} (its own counters) from this address and mobile number, in its
	 * own transaction; refuses when a limit is passed ({@code noun} names the thing in the sentence, e.g. 申请).
	 */
	public void count(String kind, String noun, @Nullable String sourceIp, @Nullable String mobile) {
		abuse.countSubmission(kind, noun, sourceIp, mobile == null ? null : mobile.strip());
	}

	/**
	 * Checks a captcha answer from the client at {@code address}. Call it before the submission's transaction: a
	 * wrong answer burns the token at once, in a transaction of its own. The result's {@code reasons()} are empty when
	 * the answer is right.
	 */
	public CaptchaAnswer answer(@Nullable String token, @Nullable String answer, @Nullable String address) {
		return captcha.check(token, answer, address);
	}

	/**
	 * Records a right answer's token as used in the caller's transaction, so that it answers exactly one stored
	 * submission; refuses when the answer was not right or another submission used the token first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void use(CaptchaAnswer answer) {
		if (answer.token() == null) {
			throw new SubmissionRefusal(org.govsite.shared.Refusal.Kind.INVALID, answer.reasons());
		}
		captcha.use(answer.token());
	}
}
