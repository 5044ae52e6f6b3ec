-- Tamper detection (issue 11): an incident says what it is about, and a site may have one open incident per cause
-- (an outage and a defacement at once are two incidents, closed by different evidence).
ALTER TABLE monitoring_incident ADD COLUMN kind TEXT NOT NULL DEFAULT 'AVAILABILITY';
DROP INDEX monitoring_incident_one_open;
CREATE UNIQUE INDEX monitoring_incident_one_open ON monitoring_incident (site_id, kind) WHERE status <> 'CLOSED';

-- Outbound domains (外链域名): every other site a watched site links to, as the last scan saw it, so that a domain that
-- stops resolving (expired, open to a squatter) or whose site turns into gambling is noticed.
CREATE TABLE monitoring_outbound_domain (
    site_id       UUID NOT NULL,
    domain        TEXT NOT NULL,
    kind          TEXT NOT NULL,               -- GOVERNMENT, EXTERNAL
    sample_url    TEXT NOT NULL,
    pages         TEXT NOT NULL,               -- up to five linking pages, newline-separated
    links         INT NOT NULL,
    resolves      BOOLEAN NOT NULL,
    resolved_once BOOLEAN NOT NULL,
    verdict       TEXT,                        -- null: not judged; OK; GAMBLING
    first_seen    TIMESTAMPTZ NOT NULL,
    last_seen     TIMESTAMPTZ NOT NULL,
    judged_at     TIMESTAMPTZ,
    PRIMARY KEY (site_id, domain)
);
