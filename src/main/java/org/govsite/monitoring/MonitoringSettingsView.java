package org.govsite.monitoring;

import org.govsite.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Where and how often a site is watched.
 *
 * @param baseUrl the monitoring address; {@code https://<main domain>/} unless set; null when the site has no domain
 * @param custom whether the address was set rather than derived
 */
public record MonitoringSettingsView(SiteId siteId, String siteName, @Nullable String baseUrl, int probeIntervalMinutes,
		boolean enabled, boolean custom) {
}
