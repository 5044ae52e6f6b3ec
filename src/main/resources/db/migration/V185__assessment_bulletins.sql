-- 通报 (Art. 23, 24): a monthly or quarterly bulletin of the prefecture's government sites, from an assessment run of
-- its period. Once issued a bulletin never changes: it is what the general office sent out.
CREATE TABLE assessment_bulletin (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(12) NOT NULL CHECK (kind IN ('MONTHLY', 'QUARTERLY')),
    year        INT NOT NULL,
    number      INT NOT NULL,
    period_from DATE NOT NULL,
    period_to   DATE NOT NULL,
    run_id      UUID NOT NULL REFERENCES assessment_run (id),
    issued_by   VARCHAR(100) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT assessment_bulletin_once UNIQUE (kind, year, number),
    CONSTRAINT assessment_bulletin_number CHECK (number BETWEEN 1 AND 12)
);
