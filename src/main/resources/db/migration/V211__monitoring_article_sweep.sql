-- 历史文章全面检测: one sweep of every published article's live title and body with the content-safety detectors
-- (issue 11). Progress is committed per batch; a sweep resumes after last_article_id (articles are read in id order).
-- At most one sweep is queued or running on the whole platform (the partial unique index), whatever the node.
-- Its findings are recorded with the sweep's id as their scan id (monitoring_finding.first_scan_id / last_scan_id and
-- monitoring_finding_scan.scan_id name a monitoring_scan or a monitoring_sweep; neither column has a foreign key).
CREATE TABLE monitoring_sweep (
    id                UUID PRIMARY KEY,
    status            TEXT NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    detectors_version INT NOT NULL,
    total             INT NOT NULL DEFAULT 0,
    done              INT NOT NULL DEFAULT 0,
    findings          INT NOT NULL DEFAULT 0,
    last_article_id   UUID,
    requested_by      TEXT NOT NULL,
    error             TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX monitoring_sweep_one_active ON monitoring_sweep ((true)) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX monitoring_sweep_created_idx ON monitoring_sweep (created_at DESC);
CREATE INDEX monitoring_sweep_version_idx ON monitoring_sweep (detectors_version, status);
