-- Online interviews (在线访谈): guests answer the public's questions; responders moderate the questions, record the
-- guests' answers and publish the transcript (accepted questions with their answers, in order).
CREATE TABLE interaction_interview (
    id                      UUID PRIMARY KEY,
    version                 BIGINT NOT NULL,
    site_id                 UUID NOT NULL REFERENCES site (id),
    title                   TEXT NOT NULL,
    description             TEXT NOT NULL,
    scheduled_at            TIMESTAMPTZ NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    started_at              TIMESTAMPTZ,
    ended_at                TIMESTAMPTZ,
    transcript_published_at TIMESTAMPTZ
);
CREATE INDEX interaction_interview_site ON interaction_interview (site_id, status);

CREATE TABLE interaction_interview_guest (
    id           UUID PRIMARY KEY,
    interview_id UUID NOT NULL REFERENCES interaction_interview (id),
    position     INT NOT NULL,
    name         TEXT NOT NULL,
    title        TEXT NOT NULL,
    unit         TEXT NOT NULL
);
CREATE INDEX interaction_interview_guest_interview ON interaction_interview_guest (interview_id, position);

CREATE TABLE interaction_question (
    id              UUID PRIMARY KEY,
    interview_id    UUID NOT NULL REFERENCES interaction_interview (id),
    client_token    VARCHAR(64) NOT NULL,
    name            TEXT NOT NULL,
    mobile          VARCHAR(11) NOT NULL,
    content         TEXT NOT NULL,
    source_ip       VARCHAR(64),
    received_at     TIMESTAMPTZ NOT NULL,
    status          VARCHAR(20) NOT NULL,
    moderated_by    VARCHAR(100),
    moderated_at    TIMESTAMPTZ,
    answer          TEXT,
    guest_id        UUID REFERENCES interaction_interview_guest (id),
    answered_by     VARCHAR(100),
    answered_at     TIMESTAMPTZ,
    CONSTRAINT interaction_question_client_token_unique UNIQUE (client_token)
);
CREATE INDEX interaction_question_interview ON interaction_question (interview_id, received_at);
