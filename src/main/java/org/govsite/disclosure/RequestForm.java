package org.govsite.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A request for disclosure as typed (Art. 29): on the public form ({@code channel} ONLINE, with the client token and
 * the answered captcha) or registered by the disclosure office for a request handed in or posted ({@code channel} and
 * {@code receivedOn}: the day submitted in person, the day signed for by post).
 */
public record RequestForm(@Nullable String siteCode, @Nullable ApplicantKind applicantKind,
		@Nullable String applicantName, @Nullable String idNumber, @Nullable String mobile, @Nullable String email,
		@Nullable String address, @Nullable String description, @Nullable String purpose,
		@Nullable PreferredForm preferredForm, @Nullable Delivery delivery, @Nullable ReceiptChannel channel,
		@Nullable LocalDate receivedOn, @Nullable String clientToken, @Nullable String captchaToken,
		@Nullable String captchaAnswer) {
}
