-- Requests for disclosure (依申请公开, Regulations on Open Government Information Art. 27–45) and their statutory clock.
CREATE TABLE disclosure_request (
    id                       UUID PRIMARY KEY,
    version                  INT NOT NULL DEFAULT 0,
    tracking_code            VARCHAR(16) NOT NULL UNIQUE,
    client_token             VARCHAR(64) UNIQUE,
    site_id                  UUID NOT NULL REFERENCES site (id),
    applicant_kind           VARCHAR(20) NOT NULL,
    applicant_name           VARCHAR(100) NOT NULL,
    id_number                VARCHAR(40) NOT NULL,
    mobile                   VARCHAR(20) NOT NULL,
    email                    VARCHAR(254),
    address                  VARCHAR(200),
    description              TEXT NOT NULL,
    purpose                  TEXT,
    preferred_form           VARCHAR(20) NOT NULL,
    preferred_delivery       VARCHAR(20) NOT NULL,
    channel                  VARCHAR(20) NOT NULL,
    submitted_at             TIMESTAMPTZ NOT NULL,
    received_on              DATE NOT NULL,
    clock_start              DATE NOT NULL,
    deadline                 DATE NOT NULL,
    deadline_provisional     BOOLEAN NOT NULL DEFAULT FALSE,
    status                   VARCHAR(30) NOT NULL,
    completion_requested_on  DATE,
    completion_note          TEXT,
    consultation_started_on  DATE,
    consultation_due         DATE,
    third_party              VARCHAR(200),
    paused_days              INT NOT NULL DEFAULT 0,
    extension_days           INT NOT NULL DEFAULT 0,
    extension_approved_by    VARCHAR(100),
    extension_reason         TEXT,
    answered_on              DATE,
    outcome                  VARCHAR(30),
    ground                   TEXT,
    reply                    TEXT,
    late                     BOOLEAN NOT NULL DEFAULT FALSE,
    escalated_at             TIMESTAMPTZ,
    registered_by            VARCHAR(100) NOT NULL
);
CREATE INDEX disclosure_request_site ON disclosure_request (site_id, received_on);
CREATE INDEX disclosure_request_open ON disclosure_request (status) WHERE status IN ('REGISTERED', 'AWAITING_COMPLETION', 'CONSULTING');

-- Every move of a request: who, when, what, with the note typed. Nothing is deleted.
CREATE TABLE disclosure_transition (
    id          BIGSERIAL PRIMARY KEY,
    request_id  UUID NOT NULL REFERENCES disclosure_request (id),
    from_status VARCHAR(30),
    to_status   VARCHAR(30) NOT NULL,
    action      VARCHAR(30) NOT NULL,
    acted_on    DATE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    note        TEXT,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX disclosure_transition_request ON disclosure_transition (request_id, id);

-- A warning or escalation is raised once per request and kind.
CREATE TABLE disclosure_warning (
    request_id UUID NOT NULL REFERENCES disclosure_request (id),
    kind       VARCHAR(20) NOT NULL,
    raised_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, kind)
);

-- The decision letter (答复告知书) generated on the answer, kept as issued.
CREATE TABLE disclosure_letter (
    request_id   UUID PRIMARY KEY REFERENCES disclosure_request (id),
    file_name    VARCHAR(200) NOT NULL,
    content      BYTEA NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    generated_at TIMESTAMPTZ NOT NULL
);
