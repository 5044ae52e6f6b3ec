package org.govsite.assessment;

import java.time.LocalTime;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.govsite.shared.BeijingTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly recomputation on db-scheduler (as the interaction module runs its watch): at 02:00 Beijing time one
 * node of the cluster assesses every running government site, so the supervisor's dashboard is never older than a day.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentProperties.class)
class AssessmentConfiguration {

	static final String NIGHTLY_TASK = "assessment-nightly";

	@Bean(destroyMethod = "stop")
	@ConditionalOnProperty(name = "govsite.assessment.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	Scheduler assessmentScheduler(DataSource dataSource, Assessments assessments, AssessmentProperties properties) {
		RecurringTask<Void> nightly = Tasks.recurring(NIGHTLY_TASK, new Daily(BeijingTime.ZONE, LocalTime.of(2, 0)))
			.execute((instance, context) -> assessments.runNightly());
		return Scheduler.create(dataSource)
			.tableName("assessment_scheduled_tasks")
			.startTasks(nightly)
			.threads(1)
			.pollingInterval(properties.getPollingInterval())
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "govsite.assessment.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> assessmentSchedulerStart(Scheduler assessmentScheduler) {
		return event -> assessmentScheduler.start();
	}
}
