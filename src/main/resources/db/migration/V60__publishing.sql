-- Publishing: the work queue (cluster-safe, survives restarts), full rebuild runs with progress, the manifest of every
-- published file (tamper detection compares against it), what is live per site, per-site themes, visit statistics.

CREATE TABLE publish_run (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    status       VARCHAR(20) NOT NULL,          -- QUEUED, RUNNING, DONE, FAILED
    total        INT NOT NULL DEFAULT 0,
    done         INT NOT NULL DEFAULT 0,
    requested_by VARCHAR(50) NOT NULL,
    error        VARCHAR(2000),
    created_at   TIMESTAMPTZ NOT NULL,
    started_at   TIMESTAMPTZ,
    finished_at  TIMESTAMPTZ
);
CREATE INDEX publish_run_site ON publish_run (site_id, created_at DESC);

-- Work for the publisher, claimed with SELECT ... FOR UPDATE SKIP LOCKED; one site's jobs run one at a time.
CREATE TABLE publish_job (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    kind         VARCHAR(20) NOT NULL,          -- ARTICLE (published or withdrawn), REBUILD
    article_id   UUID,
    run_id       UUID REFERENCES publish_run (id),
    status       VARCHAR(20) NOT NULL,          -- PENDING, RUNNING, DONE, FAILED
    attempts     INT NOT NULL DEFAULT 0,
    locked_until TIMESTAMPTZ,
    error        VARCHAR(2000),
    created_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);
CREATE INDEX publish_job_open ON publish_job (status, id) WHERE status IN ('PENDING', 'RUNNING');
CREATE INDEX publish_job_site ON publish_job (site_id, status);

-- Which directory is live for a site (the target of the <site-key> symlink). The database is the truth: at start-up a
-- symlink that points elsewhere (a crash between switching and committing) is switched back.
CREATE TABLE publish_site (
    site_id    UUID PRIMARY KEY REFERENCES site (id),
    site_key   VARCHAR(300) NOT NULL UNIQUE,
    live_dir   VARCHAR(300) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Every file written: replaced per path, removed when the page is deleted.
CREATE TABLE publish_manifest (
    site_id      UUID NOT NULL REFERENCES site (id),
    path         VARCHAR(1000) NOT NULL,
    sha256       CHAR(64) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site_id, path)
);

-- The manifest of a full rebuild in progress; copied into publish_manifest when the new directory goes live.
CREATE TABLE publish_manifest_staging (
    run_id       UUID NOT NULL REFERENCES publish_run (id) ON DELETE CASCADE,
    path         VARCHAR(1000) NOT NULL,
    sha256       CHAR(64) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, path)
);

-- The article pages on the public sites: where each one is, when it was published, which columns list it and which
-- policy/interpretation pages link to it, so that a withdrawal can find every page to re-render after the content
-- module no longer shows the article.
CREATE TABLE publish_article (
    article_id   UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    path         VARCHAR(1000) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    columns      UUID[] NOT NULL,
    related      UUID[] NOT NULL
);
CREATE INDEX publish_article_site ON publish_article (site_id, published_at);

-- Per-site theme: main colour (contrast with white text checked), logo and banner.
CREATE TABLE site_theme (
    site_id     UUID PRIMARY KEY REFERENCES site (id),
    main_color  CHAR(7) NOT NULL,
    logo_path   VARCHAR(500),
    banner_path VARCHAR(500),
    updated_by  VARCHAR(50) NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Visit statistics without third-party trackers: a salt per day shared by all nodes (old ones deleted), page views
-- and hashed visitors per site per day.
CREATE TABLE visit_salt (
    day  DATE PRIMARY KEY,
    salt BYTEA NOT NULL
);
CREATE TABLE visit_day (
    site_id    UUID NOT NULL REFERENCES site (id),
    day        DATE NOT NULL,
    page_views BIGINT NOT NULL,
    PRIMARY KEY (site_id, day)
);
CREATE TABLE visit_visitor (
    site_id UUID NOT NULL REFERENCES site (id),
    day     DATE NOT NULL,
    visitor CHAR(64) NOT NULL,
    PRIMARY KEY (site_id, day, visitor)
);
