package org.govsite.disclosure;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the disclosure deadline watch as a db-scheduler recurring task (every
 * {@code govsite.disclosure.watch-interval}, default 15 minutes); the platform's one scheduler runs it on one node of
 * the cluster.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

	static final String WATCH_TASK = "disclosure-deadline-watch";

	@Bean
	RecurringTask<Void> disclosureWatchTask(DisclosureWatch watch,
			@Value("${govsite.disclosure.watch-interval:PT15M}") Duration interval) {
		return Tasks.recurring(WATCH_TASK, FixedDelay.of(interval)).execute((instance, context) -> watch.run());
	}
}
