package org.govsite.disclosure;

import java.time.LocalDate;

/**
 * What the applicant gets back: the tracking code, the day of receipt and the deadline (end of that working day);
 * {@code created} is false for a retry with the same client token.
 */
public record RequestReceipt(DisclosureRequestId id, String trackingCode, LocalDate receivedOn, LocalDate deadline,
		boolean provisional, boolean created) {
}
