package org.govsite.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * What a detector found on a page, before it becomes a finding.
 *
 * @param check the check it belongs to
 * @param kind what the problem is, upper-case code ({@code HIDDEN_LINK}, {@code GAMBLING_INJECTION} …)
 * @param severity how grave
 * @param confirmed false when the detector is not sure (re-checked before confirmation)
 * @param url the offending target (a link, a script host), or null for the page itself
 * @param evidence the offending snippet, readable by a duty officer (at most a few hundred characters)
 * @param suggestion the right form where one is known (a corrected name), else null
 */
public record Detection(Check check, String kind, Severity severity, boolean confirmed, @Nullable String url,
		String evidence, @Nullable String suggestion) {
}
