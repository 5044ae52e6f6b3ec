-- Solicitations (征集调查, Measures Art. 13): a site asks the public for opinions during a period and publishes the
-- result. Opinions are stored exactly as typed and are never public unless a responder marks one for publication.
CREATE TABLE interaction_solicitation (
    id                  UUID PRIMARY KEY,
    version             BIGINT NOT NULL,
    site_id             UUID NOT NULL REFERENCES site (id),
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    status              VARCHAR(20) NOT NULL,
    result              TEXT,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    opened_at           TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    result_published_at TIMESTAMPTZ,
    CONSTRAINT interaction_solicitation_period CHECK (ends_at > starts_at)
);
CREATE INDEX interaction_solicitation_site ON interaction_solicitation (site_id, status);

CREATE TABLE interaction_opinion (
    id               UUID PRIMARY KEY,
    solicitation_id  UUID NOT NULL REFERENCES interaction_solicitation (id),
    client_token     VARCHAR(64) NOT NULL,
    name             TEXT NOT NULL,
    mobile           VARCHAR(11) NOT NULL,
    content          TEXT NOT NULL,
    source_ip        VARCHAR(64),
    received_at      TIMESTAMPTZ NOT NULL,
    published        BOOLEAN NOT NULL DEFAULT FALSE,
    published_at     TIMESTAMPTZ,
    published_by     VARCHAR(100),
    CONSTRAINT interaction_opinion_client_token_unique UNIQUE (client_token)
);
CREATE INDEX interaction_opinion_solicitation ON interaction_opinion (solicitation_id, received_at);
