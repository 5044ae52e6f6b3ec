package org.govsite.interaction;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the lifecycle to the calendar and declares the module's recurring tasks (the deadline watch, the webhook
 * outbox); the platform's one scheduler runs them on one node of the cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InteractionProperties.class)
class InteractionConfiguration {

	static final String WATCH_TASK = "interaction-deadline-watch";
	static final String WEBHOOK_TASK = "interaction-webhook-outbox";

	@Bean
	MessageLifecycle messageLifecycle(CalendarDeadlines deadlines) {
		return new MessageLifecycle(deadlines);
	}

	@Bean
	RecurringTask<Void> interactionDeadlineWatchTask(DeadlineWatch watch, InteractionProperties properties) {
		return Tasks.recurring(WATCH_TASK, FixedDelay.of(properties.getWatchInterval()))
			.execute((instance, context) -> watch.run());
	}

	@Bean
	RecurringTask<Void> interactionWebhookTask(WebhookSender webhooks) {
		return Tasks.recurring(WEBHOOK_TASK, FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> webhooks.dispatchPending());
	}
}
