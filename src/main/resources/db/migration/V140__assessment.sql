-- Assessment (Art. 7, 23; national inspection indicators): one run per request or night, one result per site with
-- its vetoes, deductions, bonuses, warnings and evidence as JSON. Runs are never replaced: history per period.
CREATE TABLE assessment_run (
    id           UUID PRIMARY KEY,
    period_from  DATE NOT NULL,
    period_to    DATE NOT NULL,
    trigger      VARCHAR(20) NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    site_count   INT NOT NULL,
    CONSTRAINT assessment_run_period CHECK (period_from <= period_to)
);
CREATE INDEX assessment_run_created ON assessment_run (created_at DESC);

CREATE TABLE assessment_result (
    run_id     UUID NOT NULL REFERENCES assessment_run (id),
    site_id    UUID NOT NULL REFERENCES site (id),
    qualified  BOOLEAN NOT NULL,
    at_risk    BOOLEAN NOT NULL,
    score      NUMERIC(5, 1),
    vetoes     INT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    result     JSONB NOT NULL,
    PRIMARY KEY (run_id, site_id)
);
CREATE INDEX assessment_result_site ON assessment_result (site_id, created_at DESC);
