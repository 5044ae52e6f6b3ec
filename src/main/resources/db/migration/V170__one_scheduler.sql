-- One db-scheduler for the platform (org.govsite.scheduling) on scheduled_tasks: the per-module tables go.
-- A queued monitoring scan still waiting in the old table is moved across first, so nothing an operator asked for is lost.
INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by, last_success,
                             last_failure, consecutive_failures, last_heartbeat, version)
SELECT task_name, task_instance, task_data, execution_time, false, NULL, last_success, last_failure,
       consecutive_failures, NULL, version
FROM monitoring_scheduled_tasks
WHERE task_name = 'monitoring-scan'
ON CONFLICT DO NOTHING;

DROP TABLE monitoring_scheduled_tasks;
DROP TABLE duty_scheduled_tasks;
DROP TABLE assessment_scheduled_tasks;
DROP TABLE rectification_scheduled_tasks;
