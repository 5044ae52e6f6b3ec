-- The annual work report form (政府网站工作年度报表, Art. 15; 国办函〔2018〕12号) of each government site and year:
-- the figures taken from the platform's data (kept as taken, recomputable while a draft), the fields the unit fills
-- in, the sign-off, and the lifecycle 草稿 → 已审核 → 已发布 (更正 reopens with a reason).
CREATE TABLE annual_report (
    site_id        UUID NOT NULL REFERENCES site (id),
    year           INT NOT NULL,
    version        BIGINT NOT NULL DEFAULT 0,
    status         VARCHAR(20) NOT NULL,
    computed       TEXT NOT NULL,
    computed_at    TIMESTAMPTZ NOT NULL,
    entries        TEXT NOT NULL DEFAULT '{}',
    unit_head      VARCHAR(50),
    reviewer       VARCHAR(50),
    filler         VARCHAR(50),
    phone          VARCHAR(40),
    filled_on      DATE,
    published_at   TIMESTAMPTZ,
    published_by   VARCHAR(100),
    updated_at     TIMESTAMPTZ NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (site_id, year)
);

CREATE TABLE annual_report_transition (
    id           BIGSERIAL PRIMARY KEY,
    site_id      UUID NOT NULL,
    year         INT NOT NULL,
    from_status  VARCHAR(20) NOT NULL,
    to_status    VARCHAR(20) NOT NULL,
    action       VARCHAR(20) NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    reason       VARCHAR(1000),
    occurred_at  TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (site_id, year) REFERENCES annual_report (site_id, year)
);
CREATE INDEX annual_report_transition_report ON annual_report_transition (site_id, year, id);

-- Reminders to publish (from 2 January; last call near 31 January; overdue), each raised once per site, year and kind.
CREATE TABLE annual_report_reminder (
    site_id    UUID NOT NULL REFERENCES site (id),
    year       INT NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    raised_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site_id, year, kind)
);
