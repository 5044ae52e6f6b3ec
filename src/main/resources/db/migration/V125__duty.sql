-- The 24-hour duty: roster, alerts to the officer on shift, their notifications, and db-scheduler's own table.
CREATE TABLE duty_shift (
    id            UUID PRIMARY KEY,
    officer       TEXT NOT NULL,
    leader        TEXT NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    handover_note TEXT,
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX duty_shift_time_idx ON duty_shift (starts_at, ends_at);

CREATE TABLE duty_alert (
    id              UUID PRIMARY KEY,
    source          TEXT NOT NULL,
    source_id       UUID NOT NULL,
    site_id         UUID NOT NULL,
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL,
    officer         TEXT,
    leader          TEXT,
    raised_at       TIMESTAMPTZ NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    acknowledged_by TEXT,
    escalated_at    TIMESTAMPTZ
);
CREATE INDEX duty_alert_status_idx ON duty_alert (status, due_at);
CREATE INDEX duty_alert_source_idx ON duty_alert (source_id);

CREATE TABLE duty_notification (
    id         BIGSERIAL PRIMARY KEY,
    channel    TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    alert_id   UUID NOT NULL REFERENCES duty_alert (id),
    kind       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ,
    attempts   INT NOT NULL DEFAULT 0,
    last_error TEXT
);

CREATE TABLE duty_scheduled_tasks (
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
CREATE INDEX duty_tasks_execution_time_idx ON duty_scheduled_tasks (execution_time);
CREATE INDEX duty_tasks_heartbeat_idx ON duty_scheduled_tasks (last_heartbeat);
CREATE INDEX duty_tasks_priority_idx ON duty_scheduled_tasks (priority DESC, execution_time ASC);
