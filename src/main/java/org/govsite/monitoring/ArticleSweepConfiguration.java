package org.govsite.monitoring;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The historical sweep's task: {@code monitoring-article-sweep}, a one-time task whose instance id is the sweep's id,
 * run on the platform's one scheduler (on exactly one node). A sweep whose node is shutting down stops after its
 * current batch and fails the execution on purpose, so that db-scheduler runs it again later (its default for a
 * failed one-time task: in 5 minutes, on any node); a node that dies mid-sweep leaves a dead execution, which
 * db-scheduler revives; and every start hands the queued or running sweeps to the scheduler again. Each way the sweep
 * resumes after its last committed article.
 */
@Configuration(proxyBeanMethods = false)
class ArticleSweepConfiguration {

	static final String SWEEP_TASK = "monitoring-article-sweep";

	@Bean
	OneTimeTask<Void> monitoringArticleSweepTask(ArticleSweep sweep) {
		return Tasks.oneTime(SWEEP_TASK).execute((instance, context) -> {
			if (!sweep.run(UUID.fromString(instance.getId()), () -> context.getSchedulerState().isShuttingDown())) {
				throw new IllegalStateException("historical sweep " + instance.getId()
						+ " paused because this node is stopping; it resumes after its last article");
			}
		});
	}

	/** Queues a sweep on the platform's one scheduler, to start at once on whichever node picks it up. */
	@Bean
	ArticleSweeps.Queue monitoringArticleSweepQueue(ObjectProvider<SchedulerClient> scheduler,
			OneTimeTask<Void> monitoringArticleSweepTask) {
		return id -> scheduler.ifAvailable(s -> s.scheduleIfNotExists(monitoringArticleSweepTask.instance(id.toString()),
				Instant.now()));
	}
}
