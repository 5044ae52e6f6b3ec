-- Rectification (整改, Art. 24): notices to sponsoring units, their items with the unit's answers, and every move.
CREATE TABLE rectification (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    site_id              UUID NOT NULL REFERENCES site (id),
    unit_id              UUID NOT NULL REFERENCES unit (id),
    assessment_id        UUID REFERENCES assessment_run (id),
    title                VARCHAR(300) NOT NULL,
    responsible          VARCHAR(100) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    issued_by            VARCHAR(100) NOT NULL,
    issued_at            TIMESTAMPTZ NOT NULL,
    issued_on            DATE NOT NULL,
    working_days         INT NOT NULL,
    deadline             DATE NOT NULL,
    deadline_provisional BOOLEAN NOT NULL,
    reminders            INT NOT NULL DEFAULT 0,
    last_reminded_on     DATE,
    interview_record     TEXT,
    interviewed_at       TIMESTAMPTZ,
    closed_at            TIMESTAMPTZ
);
CREATE INDEX rectification_site ON rectification (site_id, status);
CREATE INDEX rectification_open ON rectification (status, deadline);

CREATE TABLE rectification_item (
    id               UUID PRIMARY KEY,
    rectification_id UUID NOT NULL REFERENCES rectification (id),
    seq              INT NOT NULL,
    source_item      VARCHAR(60),
    description      TEXT NOT NULL,
    evidence         JSONB NOT NULL,
    answer           TEXT,
    answer_evidence  TEXT,
    answered_by      VARCHAR(100),
    answered_at      TIMESTAMPTZ,
    UNIQUE (rectification_id, seq)
);

CREATE TABLE rectification_event (
    id               BIGSERIAL PRIMARY KEY,
    rectification_id UUID NOT NULL REFERENCES rectification (id),
    action           VARCHAR(20) NOT NULL,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20) NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    comment          TEXT,
    occurred_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX rectification_event_notice ON rectification_event (rectification_id, id);
