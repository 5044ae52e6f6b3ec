package org.govsite.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code govsite.monitoring.*}: the crawler's limits, probe intervals, incident and freshness thresholds. */
@ConfigurationProperties("govsite.monitoring")
public class MonitoringProperties {

	/** Requests at once to a host whose pages GovSite publishes. */
	private int publishedHostConcurrency = 8;
	/** Requests at once to any other host. */
	private int otherHostConcurrency = 4;
	/** Requests at once in all, per node. */
	private int globalConcurrency = 64;
	/** Per request (the inspectors count a page not open within 15 s as unreachable). */
	private Duration timeout = Duration.ofSeconds(15);
	/** The longest Retry-After honoured. */
	private Duration maxRetryAfter = Duration.ofSeconds(30);
	/** How long a fetched result is reused. */
	private Duration cacheFor = Duration.ofMinutes(10);
	/** Pages crawled per site scan at most. */
	private int maxPages = 20_000;
	/** Probe interval of portals (minutes). */
	private int portalProbeMinutes = 5;
	/** Probe interval of every other site (minutes). */
	private int otherProbeMinutes = 15;
	/** Consecutive failed probes that open an incident. */
	private int incidentAfterFailures = 3;
	/** Run the recurring availability probes on this node. */
	private boolean probesEnabled = true;
	/** How often the home page's links are checked. */
	private Duration homeLinksEvery = Duration.ofDays(1);
	/** How often a whole site is crawled. */
	private Duration wholeSiteEvery = Duration.ofDays(7);
	/** A suspected broken link seen again this long after it was first seen is confirmed. */
	private Duration confirmSuspectedAfter = Duration.ofHours(1);
	/** A column whose newest item is older than this is stale (从外部看). */
	private int columnStaleDays = 30;
	/**
	 * At start, queue the historical sweep of every published article ({@code ArticleSweep}) unless one of the current
	 * detectors version is done, queued or running.
	 */
	private boolean sweepOnStart = true;

	public int getPublishedHostConcurrency() { return publishedHostConcurrency; }
	public void setPublishedHostConcurrency(int value) { this.publishedHostConcurrency = value; }
	public int getOtherHostConcurrency() { return otherHostConcurrency; }
	public void setOtherHostConcurrency(int value) { this.otherHostConcurrency = value; }
	public int getGlobalConcurrency() { return globalConcurrency; }
	public void setGlobalConcurrency(int value) { this.globalConcurrency = value; }
	public Duration getTimeout() { return timeout; }
	public void setTimeout(Duration value) { this.timeout = value; }
	public Duration getMaxRetryAfter() { return maxRetryAfter; }
	public void setMaxRetryAfter(Duration value) { this.maxRetryAfter = value; }
	public Duration getCacheFor() { return cacheFor; }
	public void setCacheFor(Duration value) { this.cacheFor = value; }
	public int getMaxPages() { return maxPages; }
	public void setMaxPages(int value) { this.maxPages = value; }
	public int getPortalProbeMinutes() { return portalProbeMinutes; }
	public void setPortalProbeMinutes(int value) { this.portalProbeMinutes = value; }
	public int getOtherProbeMinutes() { return otherProbeMinutes; }
	public void setOtherProbeMinutes(int value) { this.otherProbeMinutes = value; }
	public int getIncidentAfterFailures() { return incidentAfterFailures; }
	public void setIncidentAfterFailures(int value) { this.incidentAfterFailures = value; }
	public boolean isProbesEnabled() { return probesEnabled; }
	public void setProbesEnabled(boolean value) { this.probesEnabled = value; }
	public Duration getHomeLinksEvery() { return homeLinksEvery; }
	public void setHomeLinksEvery(Duration value) { this.homeLinksEvery = value; }
	public Duration getWholeSiteEvery() { return wholeSiteEvery; }
	public void setWholeSiteEvery(Duration value) { this.wholeSiteEvery = value; }
	public Duration getConfirmSuspectedAfter() { return confirmSuspectedAfter; }
	public void setConfirmSuspectedAfter(Duration value) { this.confirmSuspectedAfter = value; }
	public int getColumnStaleDays() { return columnStaleDays; }
	public void setColumnStaleDays(int value) { this.columnStaleDays = value; }
	public boolean isSweepOnStart() { return sweepOnStart; }
	public void setSweepOnStart(boolean value) { this.sweepOnStart = value; }
}
