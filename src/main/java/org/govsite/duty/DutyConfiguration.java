package org.govsite.duty;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The escalation watch and the webhook delivery, every minute, run by the platform's one scheduler on one node. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DutyProperties.class)
class DutyConfiguration {

	@Bean
	RecurringTask<Void> dutyEscalationTask(DutyDesk desk) {
		return Tasks.recurring("duty-escalation", FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> desk.escalateOverdue());
	}

	@Bean
	RecurringTask<Void> dutyWebhookTask(DutyWebhooks webhooks) {
		return Tasks.recurring("duty-webhooks", FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> webhooks.dispatchPending());
	}
}
