package org.govsite.assessment;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.govsite.shared.BeijingTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly recomputation: at 02:00 Beijing time the platform's one scheduler has one node of the cluster assess
 * every running government site, so the supervisor's dashboard is never older than a day.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentProperties.class)
class AssessmentConfiguration {

	static final String NIGHTLY_TASK = "assessment-nightly";

	@Bean
	RecurringTask<Void> assessmentNightlyTask(Assessments assessments) {
		return Tasks.recurring(NIGHTLY_TASK, new Daily(BeijingTime.ZONE, LocalTime.of(2, 0)))
			.execute((instance, context) -> assessments.runNightly());
	}
}
