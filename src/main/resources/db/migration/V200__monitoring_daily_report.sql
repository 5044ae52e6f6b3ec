-- 监测日报: one row per site and day, written each morning for the day before (and again on request). The figures
-- are kept, not recomputed, so a report reads the same next year as on the morning it was made.
CREATE TABLE monitoring_daily_report (
    report_date        DATE NOT NULL,
    site_id            UUID NOT NULL,
    site_name          TEXT NOT NULL,
    site_type          TEXT NOT NULL,
    base_url           TEXT NOT NULL,
    probes             INT NOT NULL,
    failed_probes      INT NOT NULL,
    average_latency_ms INT,
    incidents_opened   INT NOT NULL,
    downtime_minutes   INT NOT NULL,
    broken_links       INT NOT NULL,
    suspected_links    INT NOT NULL,
    findings_opened    INT NOT NULL,
    serious_open       INT NOT NULL,
    home_newest        DATE,
    columns_empty      INT,
    columns_stale      INT,
    level              TEXT NOT NULL,
    generated_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (report_date, site_id)
);

CREATE INDEX monitoring_daily_report_site_idx ON monitoring_daily_report (site_id, report_date);
CREATE INDEX monitoring_probe_time_idx ON monitoring_probe (probed_at);
