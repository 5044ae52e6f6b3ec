package org.govsite.interaction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A checked captcha answer (see {@link PublicForms#answer}): the token when the answer is right, else the Chinese
 * reason it is refused. Taken before the submission's transaction, used inside it.
 */
public record CaptchaAnswer(Captcha.@Nullable Verified token, @Nullable String refusal) {

	static CaptchaAnswer refused(String reason) {
		return new CaptchaAnswer(null, reason);
	}

	/** The refusal tied to the form's {@code captchaAnswer} field, or nothing when the answer is right. */
	public List<SubmissionRefusal.FieldReason> reasons() {
		return refusal == null ? List.of() : List.of(new SubmissionRefusal.FieldReason("captchaAnswer", refusal));
	}
}
