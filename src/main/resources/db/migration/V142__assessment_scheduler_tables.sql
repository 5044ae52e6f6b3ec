-- Assessment and rectification run their own db-scheduler on their own tables, so that no scheduler meets another
-- module's tasks as unknown ones (db-scheduler deletes unresolved tasks after a while).
CREATE TABLE assessment_scheduled_tasks (
    task_name            TEXT NOT NULL,
    task_instance        TEXT NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX assessment_execution_time_idx ON assessment_scheduled_tasks (execution_time);
CREATE INDEX assessment_last_heartbeat_idx ON assessment_scheduled_tasks (last_heartbeat);
CREATE INDEX assessment_priority_execution_time_idx ON assessment_scheduled_tasks (priority DESC, execution_time ASC);
CREATE TABLE rectification_scheduled_tasks (
    task_name            TEXT NOT NULL,
    task_instance        TEXT NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX rectification_execution_time_idx ON rectification_scheduled_tasks (execution_time);
CREATE INDEX rectification_last_heartbeat_idx ON rectification_scheduled_tasks (last_heartbeat);
CREATE INDEX rectification_priority_execution_time_idx ON rectification_scheduled_tasks (priority DESC, execution_time ASC);
