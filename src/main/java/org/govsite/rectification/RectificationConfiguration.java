package org.govsite.rectification;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.govsite.shared.BeijingTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily reminder of overdue rectifications (09:00 Beijing time), run by the platform's one scheduler. */
@Configuration(proxyBeanMethods = false)
class RectificationConfiguration {

	static final String REMINDER_TASK = "rectification-overdue-reminder";

	@Bean
	RecurringTask<Void> rectificationReminderTask(Rectifications rectifications) {
		return Tasks.recurring(REMINDER_TASK, new Daily(BeijingTime.ZONE, LocalTime.of(9, 0)))
			.execute((instance, context) -> rectifications.remindOverdue());
	}
}
