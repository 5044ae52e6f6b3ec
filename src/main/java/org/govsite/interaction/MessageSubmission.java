package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's message as submitted through the public form or API. Text is kept exactly as typed.
 *
 * @param siteCode     the site's 网站标识码, or {@code null} for a platform-wide message
 * @param clientToken  generated once per form render; a retry with the same token returns the same message
 * @param captchaToken the signed token of the arithmetic question shown
 * @param captchaAnswer the citizen's answer to it (digits or Chinese numerals)
 */
public record MessageSubmission(@Nullable String siteCode, @Nullable MessageCategory category,
		@Nullable ProblemType problemType, @Nullable String title, @Nullable String content, @Nullable String name,
		@Nullable String mobile, @Nullable String email, boolean publishConsent, @Nullable String clientToken,
		@Nullable String captchaToken, @Nullable String captchaAnswer) {
}
