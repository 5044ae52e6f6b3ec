-- Interaction platform (互动交流, Measures Art. 13): citizens' messages, their lifecycle, deadline warnings and the
-- notification outbox. Content is stored exactly as typed; every page escapes it.
CREATE TABLE interaction_message (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    client_token         VARCHAR(64) NOT NULL,
    query_code           CHAR(12) NOT NULL,
    site_id              UUID REFERENCES site (id),
    category             VARCHAR(20) NOT NULL,
    problem_type         VARCHAR(30),
    title                TEXT NOT NULL,
    content              TEXT NOT NULL,
    name                 TEXT NOT NULL,
    mobile               VARCHAR(11) NOT NULL,
    email                VARCHAR(200),
    publish_consent      BOOLEAN NOT NULL,
    content_hash         CHAR(64) NOT NULL,
    source_ip            VARCHAR(64),
    status               VARCHAR(20) NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL,
    received_on          DATE NOT NULL,
    deadline             DATE NOT NULL,
    deadline_provisional BOOLEAN NOT NULL,
    cap_date             DATE NOT NULL,
    unit_id              UUID REFERENCES unit (id),
    extension            VARCHAR(20) NOT NULL DEFAULT 'NONE',
    extension_days       INT,
    extension_reason     TEXT,
    reply                TEXT,
    rejection            TEXT,
    signed_off_by        VARCHAR(100),
    signed_off_at        TIMESTAMPTZ,
    closed_at            TIMESTAMPTZ,
    published_at         TIMESTAMPTZ,
    escalated            BOOLEAN NOT NULL DEFAULT FALSE,
    escalated_at         TIMESTAMPTZ,
    CONSTRAINT interaction_message_client_token_unique UNIQUE (client_token),
    CONSTRAINT interaction_message_query_code_unique UNIQUE (query_code),
    CONSTRAINT interaction_message_deadline_cap CHECK (deadline <= cap_date)
);
CREATE INDEX interaction_message_site ON interaction_message (site_id, status);
CREATE INDEX interaction_message_open ON interaction_message (status, deadline);
CREATE INDEX interaction_message_duplicate ON interaction_message (mobile, content_hash, received_at);

-- Who moved a message, when, from where to where, and why.
CREATE TABLE interaction_transition (
    id          BIGSERIAL PRIMARY KEY,
    message_id  UUID NOT NULL REFERENCES interaction_message (id),
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    action      VARCHAR(30) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    comment     TEXT,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX interaction_transition_message ON interaction_transition (message_id, occurred_at);

-- Fixed-window counters for rate limits, shared by every node.
CREATE TABLE interaction_rate (
    bucket       VARCHAR(120) NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Captcha tokens already used (a token answers one submission only).
CREATE TABLE interaction_captcha_used (
    nonce      VARCHAR(40) PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);

-- Secrets generated on first use and shared by every node (the captcha's HMAC key).
CREATE TABLE interaction_secret (
    name  VARCHAR(40) PRIMARY KEY,
    value BYTEA NOT NULL
);

-- A warning or escalation is raised once per message and kind.
CREATE TABLE interaction_warning (
    message_id UUID NOT NULL REFERENCES interaction_message (id),
    kind       VARCHAR(20) NOT NULL,
    raised_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (message_id, kind)
);

-- Notification outbox: the record of every notification; a sender marks what it delivered.
CREATE TABLE interaction_notification (
    id         BIGSERIAL PRIMARY KEY,
    channel    VARCHAR(10) NOT NULL,
    recipient  VARCHAR(300) NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    message_id UUID REFERENCES interaction_message (id),
    kind       VARCHAR(20),
    created_at TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ,
    attempts   INT NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX interaction_notification_unsent ON interaction_notification (channel, id) WHERE sent_at IS NULL;
