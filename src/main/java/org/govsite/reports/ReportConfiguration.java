package org.govsite.reports;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the annual report reminder watch as a db-scheduler recurring task (every
 * {@code govsite.reports.watch-interval}, default one hour); the platform's one scheduler runs it on one node.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	static final String WATCH_TASK = "annual-report-watch";

	@Bean
	RecurringTask<Void> annualReportWatchTask(ReportWatch watch,
			@Value("${govsite.reports.watch-interval:PT1H}") Duration interval) {
		return Tasks.recurring(WATCH_TASK, FixedDelay.of(interval)).execute((instance, context) -> watch.run());
	}
}
