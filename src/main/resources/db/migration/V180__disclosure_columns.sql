-- The 政府信息公开 column of a site (Regulations Art. 12, 24): which of the site's columns stands for which part of the
-- standard structure, the body code its 索引号 begin with, and the never-reused sequence of 索引号 per body and year.
CREATE TABLE disclosure_column (
    column_id     UUID PRIMARY KEY REFERENCES content_column (id) ON DELETE CASCADE,
    site_id       UUID NOT NULL REFERENCES site (id),
    category      VARCHAR(40) NOT NULL,
    UNIQUE (site_id, category)
);

CREATE TABLE disclosure_body (
    site_id       UUID PRIMARY KEY REFERENCES site (id),
    body_code     VARCHAR(40) NOT NULL,
    set_up_by     VARCHAR(100) NOT NULL,
    set_up_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE disclosure_index_counter (
    body_code     VARCHAR(40) NOT NULL,
    year          INTEGER NOT NULL,
    last_seq      INTEGER NOT NULL,
    PRIMARY KEY (body_code, year)
);

-- 索引号 are looked up to refuse a duplicate and to skip numbers typed in by hand
CREATE INDEX article_revision_index_no ON article_revision (index_no) WHERE index_no IS NOT NULL;

-- Reminders of the annual report (due 31 January, Art. 49), each raised once per site, year and kind.
CREATE TABLE disclosure_report_reminder (
    site_id       UUID NOT NULL REFERENCES site (id),
    year          INTEGER NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    raised_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site_id, year, kind)
);
