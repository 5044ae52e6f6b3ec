-- Monitoring: per-site settings, scans, findings with their lifecycle, probes, incidents, and db-scheduler's own table.
CREATE TABLE monitoring_site (
    site_id                UUID PRIMARY KEY,
    base_url               TEXT NOT NULL,
    probe_interval_minutes INT NOT NULL CHECK (probe_interval_minutes BETWEEN 1 AND 1440),
    enabled                BOOLEAN NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    updated_by             TEXT NOT NULL
);

CREATE TABLE monitoring_scan (
    id                 UUID PRIMARY KEY,
    site_id            UUID NOT NULL,
    checks             TEXT NOT NULL,
    whole_site         BOOLEAN NOT NULL,
    status             TEXT NOT NULL,
    requested_by       TEXT NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    started_at         TIMESTAMPTZ,
    finished_at        TIMESTAMPTZ,
    base_url           TEXT NOT NULL,
    pages_fetched      INT NOT NULL DEFAULT 0,
    links_checked      INT NOT NULL DEFAULT 0,
    link_occurrences   BIGINT NOT NULL DEFAULT 0,
    broken_confirmed   INT NOT NULL DEFAULT 0,
    broken_suspected   INT NOT NULL DEFAULT 0,
    findings           INT NOT NULL DEFAULT 0,
    home_newest        DATE,
    columns_total      INT,
    columns_empty      INT,
    columns_stale      INT,
    error              TEXT
);
CREATE INDEX monitoring_scan_site_idx ON monitoring_scan (site_id, requested_at DESC);

CREATE TABLE monitoring_finding (
    id             UUID PRIMARY KEY,
    site_id        UUID NOT NULL,
    check_code     TEXT NOT NULL,
    kind           TEXT NOT NULL,
    severity       TEXT NOT NULL,
    confirmed      BOOLEAN NOT NULL,
    url            TEXT NOT NULL,
    page           TEXT,
    pages          TEXT,
    link_count     INT NOT NULL DEFAULT 0,
    anchor_text    TEXT,
    link_kind      TEXT,
    outcome        TEXT,
    evidence       TEXT NOT NULL,
    suggestion     TEXT,
    fingerprint    TEXT NOT NULL,
    status         TEXT NOT NULL,
    first_seen     TIMESTAMPTZ NOT NULL,
    last_seen      TIMESTAMPTZ NOT NULL,
    first_scan_id  UUID,
    last_scan_id   UUID,
    version        BIGINT NOT NULL DEFAULT 0,
    UNIQUE (site_id, fingerprint)
);
CREATE INDEX monitoring_finding_scan_idx ON monitoring_finding (last_scan_id);
CREATE INDEX monitoring_finding_status_idx ON monitoring_finding (status, severity);

CREATE TABLE monitoring_finding_scan (
    finding_id UUID NOT NULL REFERENCES monitoring_finding (id),
    scan_id    UUID NOT NULL,
    PRIMARY KEY (scan_id, finding_id)
);

CREATE TABLE monitoring_finding_transition (
    id          BIGSERIAL PRIMARY KEY,
    finding_id  UUID NOT NULL REFERENCES monitoring_finding (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    action      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    comment     TEXT,
    occurred_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE monitoring_probe (
    id                  BIGSERIAL PRIMARY KEY,
    site_id             UUID NOT NULL,
    url                 TEXT NOT NULL,
    probed_at           TIMESTAMPTZ NOT NULL,
    up                  BOOLEAN NOT NULL,
    status              INT NOT NULL,
    failure             TEXT,
    latency_ms          INT NOT NULL,
    certificate_expires TIMESTAMPTZ
);
CREATE INDEX monitoring_probe_site_idx ON monitoring_probe (site_id, probed_at DESC);

CREATE TABLE monitoring_probe_state (
    site_id              UUID PRIMARY KEY,
    consecutive_failures INT NOT NULL,
    last_probed_at       TIMESTAMPTZ NOT NULL,
    last_up              BOOLEAN NOT NULL
);

CREATE TABLE monitoring_incident (
    id              UUID PRIMARY KEY,
    site_id         UUID NOT NULL,
    status          TEXT NOT NULL,
    cause           TEXT NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    acknowledged_by TEXT,
    closed_at       TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX monitoring_incident_one_open ON monitoring_incident (site_id) WHERE status <> 'CLOSED';

CREATE TABLE monitoring_incident_event (
    id          BIGSERIAL PRIMARY KEY,
    incident_id UUID NOT NULL REFERENCES monitoring_incident (id),
    occurred_at TIMESTAMPTZ NOT NULL,
    action      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    note        TEXT NOT NULL
);

CREATE TABLE monitoring_scheduled_tasks (
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
CREATE INDEX monitoring_tasks_execution_time_idx ON monitoring_scheduled_tasks (execution_time);
CREATE INDEX monitoring_tasks_heartbeat_idx ON monitoring_scheduled_tasks (last_heartbeat);
CREATE INDEX monitoring_tasks_priority_idx ON monitoring_scheduled_tasks (priority DESC, execution_time ASC);
