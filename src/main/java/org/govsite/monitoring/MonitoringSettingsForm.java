package org.govsite.monitoring;

import org.jspecify.annotations.Nullable;

/** {@code PUT /api/v1/monitoring/sites/{siteId}}: all optional; a blank address goes back to the default. */
public record MonitoringSettingsForm(@Nullable String baseUrl, @Nullable Integer probeIntervalMinutes,
		@Nullable Boolean enabled) {
}
