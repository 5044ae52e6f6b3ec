package org.govsite.rectification;

import java.time.Duration;
import java.time.LocalTime;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.govsite.shared.BeijingTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily reminder of overdue rectifications (09:00 Beijing time) on db-scheduler, one node of a cluster. */
@Configuration(proxyBeanMethods = false)
class RectificationConfiguration {

	static final String REMINDER_TASK = "rectification-overdue-reminder";

	@Bean(destroyMethod = "stop")
	@ConditionalOnProperty(name = "govsite.rectification.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	Scheduler rectificationScheduler(DataSource dataSource, Rectifications rectifications) {
		RecurringTask<Void> reminder = Tasks.recurring(REMINDER_TASK, new Daily(BeijingTime.ZONE, LocalTime.of(9, 0)))
			.execute((instance, context) -> rectifications.remindOverdue());
		return Scheduler.create(dataSource).tableName("rectification_scheduled_tasks").startTasks(reminder).threads(1).pollingInterval(Duration.ofMinutes(1)).build();
	}

	@Bean
	@ConditionalOnProperty(name = "govsite.rectification.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> rectificationSchedulerStart(Scheduler rectificationScheduler) {
		return event -> rectificationScheduler.start();
	}
}
