package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A historical sweep of every published article (历史文章全面检测) with its progress.
 *
 * @param status {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param detectorsVersion the detectors version it ran with ({@code ArticleSweep.DETECTORS_VERSION})
 * @param total the live articles to check (counted at the start; grows if articles are published meanwhile)
 * @param done the articles checked so far
 * @param findings the serious and general problems found so far (each counted once per sweep, new or known)
 * @param percent {@code done} of {@code total}, 0 to 100
 * @param lastArticleId the last article checked: a sweep interrupted resumes after it
 */
public record SweepView(UUID id, String status, String statusLabel, int detectorsVersion, int total, int done,
		int findings, int percent, @Nullable UUID lastArticleId, String requestedBy, @Nullable String error,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	/** Queued or running. */
	public boolean active() {
		return status.equals("QUEUED") || status.equals("RUNNING");
	}

	static String label(String status) {
		return switch (status) {
			case "QUEUED" -> "排队中";
			case "RUNNING" -> "检测中";
			case "DONE" -> "已完成";
			case "FAILED" -> "失败";
			default -> status;
		};
	}
}
