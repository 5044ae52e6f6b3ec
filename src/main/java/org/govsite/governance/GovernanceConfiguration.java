package org.govsite.governance;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.govsite.shared.BeijingTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily governance watch (08:00 Beijing time), run by the platform's one scheduler. */
@Configuration(proxyBeanMethods = false)
class GovernanceConfiguration {

	static final String WATCH_TASK = "governance-watch";

	@Bean
	RecurringTask<Void> governanceWatchTask(GovernanceWatch watch) {
		return Tasks.recurring(WATCH_TASK, new Daily(BeijingTime.ZONE, LocalTime.of(8, 0)))
			.execute((instance, context) -> watch.run());
	}
}
