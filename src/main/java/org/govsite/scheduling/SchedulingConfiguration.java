package org.govsite.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler for every module (configured here rather than by the 16.x Spring Boot starter, which is built for
 * Boot 3). Every {@link Task} bean is known to it, so no task of one module is ever taken for an unknown task by
 * another module's scheduler; {@link RecurringTask} beans are started. Immediate execution is on, so a scan an
 * operator asks for starts at once rather than at the next poll. {@code govsite.scheduler.enabled=false} switches it
 * off on a node (then nothing runs in the background there).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean(destroyMethod = "stop")
	@ConditionalOnProperty(name = "govsite.scheduler.enabled", havingValue = "true", matchIfMissing = true)
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
			@Value("${govsite.scheduler.threads:4}") int threads,
			@Value("${govsite.scheduler.polling-interval:PT10S}") Duration pollingInterval) {
		var recurring = new ArrayList<RecurringTask<?>>();
		var others = new ArrayList<Task<?>>();
		for (var task : tasks) {
			if (task instanceof RecurringTask<?> r) {
				recurring.add(r);
			}
			else {
				others.add(task);
			}
		}
		return Scheduler.create(dataSource, others)
			.startTasks(recurring)
			.threads(threads)
			.enableImmediateExecution()
			.pollingInterval(pollingInterval)
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "govsite.scheduler.enabled", havingValue = "true", matchIfMissing = true)
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SchedulerLifecycle(scheduler);
	}

	/**
	 * Starts the scheduler with the application (after the web server, as the last phase) and pauses and resumes it
	 * when the context is stopped and started again, as the test framework does with contexts it keeps cached; the
	 * scheduler's threads end with the bean ({@code destroyMethod}).
	 */
	static final class SchedulerLifecycle implements SmartLifecycle {

		private final Scheduler scheduler;
		private boolean started;
		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler) {
			this.scheduler = scheduler;
		}

		@Override
		public synchronized void start() {
			if (started) {
				scheduler.resume();
			}
			else {
				scheduler.start();
				started = true;
			}
			running = true;
		}

		@Override
		public synchronized void stop() {
			if (running) {
				scheduler.pause();
				running = false;
			}
		}

		@Override
		public boolean isRunning() {
			return running;
		}

		@Override
		public int getPhase() {
			return Integer.MAX_VALUE - 1;
		}
	}
}
