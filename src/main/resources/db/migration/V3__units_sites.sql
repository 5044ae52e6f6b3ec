-- Units (单位, Art. 2-5, 20) and sites (网站, Art. 6, 17) with their lifecycle history and department channels.
CREATE TABLE unit (
    id               UUID PRIMARY KEY,
    version          BIGINT NOT NULL,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(40) NOT NULL,
    parent_id        UUID REFERENCES unit (id),
    division_code    VARCHAR(12),
    contact_person   VARCHAR(50),
    contact_phone    VARCHAR(40),
    contact_email    VARCHAR(200),
    address          VARCHAR(300),
    leader_in_charge VARCHAR(50),
    leader_title     VARCHAR(100),
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX unit_name_unique ON unit (name);
CREATE INDEX unit_parent ON unit (parent_id);

CREATE TABLE site (
    id                     UUID PRIMARY KEY,
    version                BIGINT NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    type                   VARCHAR(20) NOT NULL,
    site_code              VARCHAR(10),
    sponsor_unit_id        UUID NOT NULL REFERENCES unit (id),
    operator_unit_id       UUID REFERENCES unit (id),
    icp_filing             VARCHAR(64),
    public_security_filing VARCHAR(64),
    protection_level       SMALLINT,
    status                 VARCHAR(20) NOT NULL,
    closure_notice_from    DATE,
    successor_site_id      UUID REFERENCES site (id),
    archive_decision       VARCHAR(500),
    closed_on              DATE,
    merged_into_id         UUID REFERENCES site (id),
    created_at             TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX site_code_unique ON site (site_code) WHERE site_code IS NOT NULL;
CREATE INDEX site_sponsor ON site (sponsor_unit_id);

-- One row per domain name, main or alias; unique across the whole platform.
CREATE TABLE site_domain (
    site_id UUID NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    name    VARCHAR(253) NOT NULL,
    main    BOOLEAN NOT NULL,
    PRIMARY KEY (name)
);
CREATE INDEX site_domain_site ON site_domain (site_id);
CREATE UNIQUE INDEX site_domain_one_main ON site_domain (site_id) WHERE main;

CREATE TABLE site_transition (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     UUID NOT NULL REFERENCES site (id),
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    action      VARCHAR(20) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    reason      VARCHAR(1000),
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX site_transition_site ON site_transition (site_id, occurred_at);

-- A township or a department without its own site publishes through a channel inside a portal (Art. 6).
CREATE TABLE channel (
    id         UUID PRIMARY KEY,
    version    BIGINT NOT NULL,
    site_id    UUID NOT NULL REFERENCES site (id),
    unit_id    UUID NOT NULL REFERENCES unit (id),
    name       VARCHAR(200) NOT NULL,
    slug       VARCHAR(60) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (unit_id),
    UNIQUE (site_id, slug)
);
