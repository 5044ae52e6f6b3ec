package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's opinion on a solicitation or question to an interview, as submitted through a public page or the public
 * API. Text is kept exactly as typed.
 *
 * @param clientToken  generated once per form render; a retry with the same token returns the first submission
 * @param captchaToken the signed token of the arithmetic question shown ({@code GET /api/v1/public/captcha})
 */
public record PublicInput(@Nullable String name, @Nullable String mobile, @Nullable String content,
		@Nullable String clientToken, @Nullable String captchaToken, @Nullable String captchaAnswer) {
}
