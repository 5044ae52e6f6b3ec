package org.govsite.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.govsite.monitoring.crawl.CrawlSettings;
import org.govsite.monitoring.crawl.Fetcher;
import org.govsite.site.Sites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's one fetcher (its limits and cache are shared by every scan and probe) and the monitoring scheduler:
 * db-scheduler on its own table {@code monitoring_scheduled_tasks}, so each scan and each probe round runs on exactly
 * one node of a cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
class MonitoringConfiguration {

	static final String SCAN_TASK = "monitoring-scan";
	static final String PROBE_TASK = "monitoring-probes";
	static final String PLAN_TASK = "monitoring-planner";

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

	@Bean(destroyMethod = "stop")
	@ConditionalOnProperty(name = "govsite.monitoring.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	Scheduler monitoringScheduler(DataSource dataSource, OneTimeTask<String> monitoringScanTask, Probes probes,
			ScanPlanner planner, MonitoringProperties properties) {
		var tasks = new java.util.ArrayList<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>>();
		if (properties.isProbesEnabled()) {
			tasks.add(Tasks.recurring(PROBE_TASK, FixedDelay.of(Duration.ofSeconds(30))).execute((i, c) -> probes.runDue()));
			tasks.add(Tasks.recurring(PLAN_TASK, FixedDelay.of(Duration.ofMinutes(30))).execute((i, c) -> planner.plan()));
		}
		return Scheduler.create(dataSource, monitoringScanTask)
			.tableName("monitoring_scheduled_tasks")
			.startTasks(tasks)
			.threads(4)
			.enableImmediateExecution()
			.pollingInterval(Duration.ofSeconds(5))
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "govsite.monitoring.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> monitoringSchedulerStart(
			@Qualifier("monitoringScheduler") Scheduler monitoringScheduler) {
		return event -> monitoringScheduler.start();
	}

	@Bean
	Scans.Queue monitoringScanQueue(@Qualifier("monitoringScheduler") ObjectProvider<Scheduler> scheduler,
			OneTimeTask<String> monitoringScanTask) {
		return id -> scheduler.ifAvailable(s -> s.schedule(monitoringScanTask.instance(id.toString(), id.toString()),
				Instant.now()));
	}
}
