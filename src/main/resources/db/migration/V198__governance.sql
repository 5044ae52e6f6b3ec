-- Vendors (Art. 19): a vendor is a unit of kind VENDOR; its contracts, qualifications, personnel and the Big Data
-- Center's reviews.
CREATE TABLE vendor_contract (
    id              UUID PRIMARY KEY,
    vendor_id       UUID NOT NULL REFERENCES unit (id),
    contract_no     VARCHAR(100) NOT NULL,
    scope           TEXT NOT NULL,
    quality_duties  TEXT NOT NULL,
    security_duties TEXT NOT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (vendor_id, contract_no),
    CHECK (valid_to >= valid_from)
);

CREATE TABLE vendor_contract_site (
    contract_id     UUID NOT NULL REFERENCES vendor_contract (id) ON DELETE CASCADE,
    site_id         UUID NOT NULL REFERENCES site (id),
    PRIMARY KEY (contract_id, site_id)
);

CREATE TABLE vendor_qualification (
    id              UUID PRIMARY KEY,
    vendor_id       UUID NOT NULL REFERENCES unit (id),
    name            VARCHAR(200) NOT NULL,
    number          VARCHAR(100) NOT NULL,
    expires_on      DATE,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX vendor_qualification_vendor ON vendor_qualification (vendor_id);

CREATE TABLE vendor_person (
    id              UUID PRIMARY KEY,
    vendor_id       UUID NOT NULL REFERENCES unit (id),
    name            VARCHAR(50) NOT NULL,
    role            VARCHAR(100) NOT NULL,
    phone           VARCHAR(40),
    user_id         UUID REFERENCES app_user (id),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id)
);
CREATE INDEX vendor_person_vendor ON vendor_person (vendor_id);

CREATE TABLE vendor_review (
    id              UUID PRIMARY KEY,
    vendor_id       UUID NOT NULL REFERENCES unit (id),
    reviewed_on     DATE NOT NULL,
    result          VARCHAR(20) NOT NULL,
    notes           TEXT,
    reviewer        VARCHAR(50) NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX vendor_review_vendor ON vendor_review (vendor_id, reviewed_on DESC);

-- Governance (Art. 20-22, 25): the leader in charge with history, the yearly meeting, staff, budget, coordination.
CREATE TABLE governance_leader (
    id              UUID PRIMARY KEY,
    unit_id         UUID NOT NULL REFERENCES unit (id),
    name            VARCHAR(50) NOT NULL,
    title           VARCHAR(100),
    from_date       DATE NOT NULL,
    to_date         DATE,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
-- one leader in charge at a time
CREATE UNIQUE INDEX governance_leader_current ON governance_leader (unit_id) WHERE to_date IS NULL;

CREATE TABLE governance_meeting (
    id              UUID PRIMARY KEY,
    unit_id         UUID NOT NULL REFERENCES unit (id),
    held_on         DATE NOT NULL,
    attendees       TEXT NOT NULL,
    minutes         TEXT NOT NULL,
    decisions       TEXT,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX governance_meeting_unit ON governance_meeting (unit_id, held_on);

CREATE TABLE governance_staff (
    id              UUID PRIMARY KEY,
    unit_id         UUID NOT NULL REFERENCES unit (id),
    name            VARCHAR(50) NOT NULL,
    duty            VARCHAR(200) NOT NULL,
    phone           VARCHAR(40),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE governance_budget (
    id              UUID PRIMARY KEY,
    unit_id         UUID NOT NULL REFERENCES unit (id),
    year            INTEGER NOT NULL,
    amount_fen      BIGINT NOT NULL CHECK (amount_fen >= 0),
    purpose         VARCHAR(300) NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE coordination_meeting (
    id              UUID PRIMARY KEY,
    unit_id         UUID NOT NULL REFERENCES unit (id),
    held_on         DATE NOT NULL,
    topic           VARCHAR(300) NOT NULL,
    participants    TEXT NOT NULL,
    minutes         TEXT,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE coordination_action (
    id              UUID PRIMARY KEY,
    meeting_id      UUID NOT NULL REFERENCES coordination_meeting (id),
    action          TEXT NOT NULL,
    owner_unit_id   UUID NOT NULL REFERENCES unit (id),
    working_days    INTEGER NOT NULL,
    due_on          DATE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    closing_note    TEXT,
    closed_by       VARCHAR(100),
    closed_at       TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX coordination_action_owner ON coordination_action (owner_unit_id, status);

-- Reminders raised by the governance watch, each once per kind, subject and due key (e.g. an expiry date, a year).
CREATE TABLE governance_reminder (
    kind            VARCHAR(30) NOT NULL,
    subject_id      UUID NOT NULL,
    due_key         VARCHAR(40) NOT NULL,
    unit_id         UUID NOT NULL REFERENCES unit (id),
    summary         TEXT NOT NULL,
    raised_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, subject_id, due_key)
);
CREATE INDEX governance_reminder_raised ON governance_reminder (raised_at DESC);
