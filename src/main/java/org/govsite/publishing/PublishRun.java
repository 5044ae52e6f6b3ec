package org.govsite.publishing;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/** A full rebuild of a site and how far it has come. */
public record PublishRun(UUID id, SiteId siteId, String status, int total, int done, String requestedBy,
		@Nullable String error, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	/** Whole percent done (100 when finished). */
	@JsonProperty("percent")
	public int percent() {
		if ("DONE".equals(status)) {
			return 100;
		}
		return total <= 0 ? 0 : Math.min(99, (int) (100L * done / total));
	}

	@JsonProperty("statusLabel")
	public String statusLabel() {
		return switch (status) {
			case "QUEUED" -> "排队中";
			case "RUNNING" -> "生成中";
			case "DONE" -> "已完成";
			default -> "失败";
		};
	}
}
