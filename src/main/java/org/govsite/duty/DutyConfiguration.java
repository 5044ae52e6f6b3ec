package org.govsite.duty;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The escalation watch, every minute on one node (db-scheduler, table {@code duty_scheduled_tasks}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DutyProperties.class)
class DutyConfiguration {

	@Bean(destroyMethod = "stop")
	@ConditionalOnProperty(name = "govsite.duty.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	Scheduler dutyScheduler(DataSource dataSource, DutyDesk desk) {
		return Scheduler.create(dataSource)
			.tableName("duty_scheduled_tasks")
			.startTasks(Tasks.recurring("duty-escalation", FixedDelay.of(Duration.ofMinutes(1)))
				.execute((instance, context) -> desk.escalateOverdue()))
			.threads(1)
			.pollingInterval(Duration.ofSeconds(20))
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "govsite.duty.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> dutySchedulerStart(@Qualifier("dutyScheduler") Scheduler dutyScheduler) {
		return event -> dutyScheduler.start();
	}
}
