-- 监管待办 (issue 9: every published event has a consumer): what the supervising office should act on, kept from the
-- events of other modules — a new site to approve, an assessment finished, a disclosure request escalated, an annual
-- report or disclosure report not published on time. One row per thing (dedupe_key), closed when someone handled it.
CREATE TABLE supervision_notice (
    id         UUID PRIMARY KEY,
    kind       VARCHAR(40) NOT NULL,
    dedupe_key VARCHAR(200) NOT NULL UNIQUE,
    site_id    UUID REFERENCES site (id),
    summary    TEXT NOT NULL,
    href       VARCHAR(300) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    done_at    TIMESTAMPTZ,
    done_by    VARCHAR(100)
);
CREATE INDEX supervision_notice_open ON supervision_notice (created_at) WHERE done_at IS NULL;
