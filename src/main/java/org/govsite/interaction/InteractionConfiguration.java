package org.govsite.interaction;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the lifecycle to the calendar and runs the recurring tasks on db-scheduler (core library, configured here:
 * the 16.x Spring Boot starter is built for Boot 3). The scheduler keeps its state in {@code scheduled_tasks}, so
 * each run happens on exactly one node of a cluster; it starts once the application is ready.
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

	@Bean(destroyMethod = "stop")
	@ConditionalOnProperty(name = "govsite.interaction.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	Scheduler interactionScheduler(DataSource dataSource, DeadlineWatch watch, WebhookSender webhooks,
			InteractionProperties properties, java.util.List<RecurringTask<?>> otherModulesTasks) {
		RecurringTask<Void> watchTask = Tasks.recurring(WATCH_TASK, FixedDelay.of(properties.getWatchInterval()))
			.execute((instance, context) -> watch.run());
		RecurringTask<Void> webhookTask = Tasks.recurring(WEBHOOK_TASK, FixedDelay.of(Duration.ofMinutes(1)))
			.execute((instance, context) -> webhooks.dispatchPending());
		// the platform's one scheduler: other modules' recurring tasks (declared as beans) run on it too, since a
		// second scheduler on the same table would treat these tasks as unknown and in time delete them
		var tasks = new java.util.ArrayList<RecurringTask<?>>(java.util.List.of(watchTask, webhookTask));
		tasks.addAll(otherModulesTasks);
		return Scheduler.create(dataSource)
			.startTasks(tasks)
			.threads(2)
			.pollingInterval(Duration.ofSeconds(30))
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "govsite.interaction.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> interactionSchedulerStart(Scheduler interactionScheduler) {
		return event -> interactionScheduler.start();
	}
}
