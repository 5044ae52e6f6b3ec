package org.govsite.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.govsite.monitoring.crawl.CrawlSettings;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.shared.BeijingTime;
import org.govsite.site.Sites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's one fetcher (its limits and cache are shared by every scan and probe) and the module's tasks: a scan is
 * a one-time task, the probe round and the scan planner are recurring (they do nothing unless
 * {@code govsite.monitoring.probes-enabled}); the platform's one scheduler runs each on exactly one node.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
class MonitoringConfiguration {

	static final String SCAN_TASK = "monitoring-scan";
	static final String PROBE_TASK = "monitoring-probes";
	static final String PLAN_TASK = "monitoring-planner";
	static final String DAILY_REPORT_TASK = "monitoring-daily-report";

	@Bean
	Fetcher monitoringFetcher(MonitoringProperties p, Sites sites, Clock clock) {
		var settings = new CrawlSettings(p.getPublishedHostConcurrency(), p.getOtherHostConcurrency(),
				p.getGlobalConcurrency(), p.getTimeout(), 8, 2, p.getMaxRetryAfter(), p.getCacheFor(), p.getMaxPages(),
				5 * 1024 * 1024, CrawlSettings.BROWSER_AGENT);
		return new Fetcher(settings, host -> sites.findByDomain(host).isPresent(), clock);
	}

	@Bean
	OneTimeTask<String> monitoringScanTask(ScanRunner runner) {
		return Tasks.oneTime(SCAN_TASK, String.class).execute((instance, context) -> runner.run(UUID.fromString(instance.getData())));
	}

	@Bean
	RecurringTask<Void> monitoringProbeTask(Probes probes, MonitoringProperties properties) {
		return Tasks.recurring(PROBE_TASK, FixedDelay.of(Duration.ofSeconds(5))).execute((i, c) -> {
			if (properties.isProbesEnabled()) {
				probes.scheduleDue();
			}
		});
	}

	@Bean
	RecurringTask<Void> monitoringPlanTask(ScanPlanner planner, MonitoringProperties properties) {
		return Tasks.recurring(PLAN_TASK, FixedDelay.of(Duration.ofMinutes(30))).execute((i, c) -> {
			if (properties.isProbesEnabled()) {
				planner.plan();
			}
		});
	}

	/** 监测日报: every morning at 06:00 Beijing time, for the day before (and missed days of the week). */
	@Bean
	RecurringTask<Void> monitoringDailyReportTask(DailyReports reports) {
		return Tasks.recurring(DAILY_REPORT_TASK, new Daily(BeijingTime.ZONE, LocalTime.of(6, 0)))
			.execute((i, c) -> reports.writeMissing());
	}

	/** Queues a scan on the platform's one scheduler (started at once there, on whichever node picks it up). */
	@Bean
	Scans.Queue monitoringScanQueue(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> monitoringScanTask) {
		return id -> scheduler.ifAvailable(s -> s.scheduleIfNotExists(monitoringScanTask.instance(id.toString(), id.toString()),
				Instant.now()));
	}
}
