-- Content (Art. 8-11, 16): special topics, columns with update deadlines, articles with revisions, the three-review
-- workflow's history, policy <-> interpretation links, headline directives.

CREATE TABLE topic (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    site_id     UUID NOT NULL REFERENCES site (id),
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(60) NOT NULL,
    description VARCHAR(1000),
    banner_path VARCHAR(500),
    starts_on   DATE NOT NULL,
    ends_on     DATE,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (site_id, slug)
);

CREATE TABLE content_column (
    id                 UUID PRIMARY KEY,
    version            BIGINT NOT NULL,
    site_id            UUID NOT NULL REFERENCES site (id),
    topic_id           UUID REFERENCES topic (id),
    parent_id          UUID REFERENCES content_column (id),
    name               VARCHAR(100) NOT NULL,
    slug               VARCHAR(60) NOT NULL,
    description        VARCHAR(500),
    keywords           VARCHAR(300),
    kind               VARCHAR(20) NOT NULL,
    external_url       VARCHAR(1000),
    update_class       VARCHAR(20) NOT NULL,
    deadline_days      INT,
    first_level        BOOLEAN NOT NULL,
    on_home            BOOLEAN NOT NULL,
    sort_order         INT NOT NULL,
    hidden             BOOLEAN NOT NULL DEFAULT FALSE,
    responsible_editor UUID REFERENCES app_user (id),
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX content_column_slug ON content_column (site_id, coalesce(topic_id, '00000000-0000-0000-0000-000000000000'::uuid), slug);
CREATE INDEX content_column_site ON content_column (site_id);
CREATE INDEX content_column_parent ON content_column (parent_id);

CREATE TABLE article (
    id                 UUID PRIMARY KEY,
    version            BIGINT NOT NULL,
    site_id            UUID NOT NULL REFERENCES site (id),
    home_column_id     UUID NOT NULL REFERENCES content_column (id),
    kind               VARCHAR(20) NOT NULL,
    interpretation_type VARCHAR(20),
    important          BOOLEAN NOT NULL,
    state              VARCHAR(20) NOT NULL,
    current_revision   INT NOT NULL,
    live_revision      INT,
    published_at       TIMESTAMPTZ,
    withdrawn_at       TIMESTAMPTZ,
    urgent             BOOLEAN NOT NULL DEFAULT FALSE,
    urgent_publisher   VARCHAR(50),
    urgent_review_state VARCHAR(20),
    created_by         VARCHAR(50) NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_site_state ON article (site_id, state);
CREATE INDEX article_home_column ON article (home_column_id);

-- Every save is a revision. Bodies are stored sanitized; the raw input is never kept.
CREATE TABLE article_revision (
    article            UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    number             INT NOT NULL,
    title              VARCHAR(300) NOT NULL,
    subtitle           VARCHAR(300),
    body               TEXT NOT NULL,
    summary            VARCHAR(1000),
    source             VARCHAR(200),
    author             VARCHAR(100),
    keywords           VARCHAR(300),
    cover_image        VARCHAR(1000),
    publish_time       TIMESTAMPTZ,
    backdate_reason    VARCHAR(500),
    index_no           VARCHAR(100),
    issuing_authority  VARCHAR(200),
    document_no        VARCHAR(100),
    written_on         DATE,
    issued_on          DATE,
    subject_category   VARCHAR(100),
    validity           VARCHAR(20),
    validity_changed_on DATE,
    created_by         VARCHAR(50) NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article, number)
);

-- Where an article appears: its home column and references into other columns or other sites' columns.
CREATE TABLE article_placement (
    article_id UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    column_id  UUID NOT NULL REFERENCES content_column (id),
    home       BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, column_id)
);
CREATE INDEX article_placement_column ON article_placement (column_id, article_id);

-- Who moved which revision through 三审, when, and what they said.
CREATE TABLE review_step (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision    INT NOT NULL,
    action      VARCHAR(20) NOT NULL,
    from_state  VARCHAR(20) NOT NULL,
    to_state    VARCHAR(20) NOT NULL,
    actor       VARCHAR(50) NOT NULL,
    comment     VARCHAR(2000),
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_step_article ON review_step (article_id, revision);

-- Policy <-> interpretation (Art. 11): stored once, read from both sides.
CREATE TABLE interpretation_link (
    policy_id         UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    interpretation_id UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (policy_id, interpretation_id)
);
CREATE INDEX interpretation_link_reverse ON interpretation_link (interpretation_id);

-- Headline directives from the cyberspace office (Art. 10).
CREATE TABLE headline_directive (
    id         UUID PRIMARY KEY,
    title      VARCHAR(300) NOT NULL,
    body       TEXT,
    link       VARCHAR(1000),
    place      VARCHAR(20) NOT NULL,
    deadline   TIMESTAMPTZ NOT NULL,
    issued_by  VARCHAR(50) NOT NULL,
    issued_at  TIMESTAMPTZ NOT NULL
);
CREATE TABLE headline_directive_target (
    directive_id UUID NOT NULL REFERENCES headline_directive (id) ON DELETE CASCADE,
    site_id      UUID NOT NULL REFERENCES site (id),
    status       VARCHAR(20) NOT NULL,
    article_id   UUID REFERENCES article (id),
    reason       VARCHAR(1000),
    answered_by  VARCHAR(50),
    answered_at  TIMESTAMPTZ,
    PRIMARY KEY (directive_id, site_id)
);
