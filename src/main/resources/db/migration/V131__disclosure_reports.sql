-- The annual disclosure report (政府信息公开工作年度报告, Regulations Art. 49–50) of each body (site) and year:
-- the figures are computed from the platform's data when read; the parts written by the body are kept here.
CREATE TABLE disclosure_report (
    site_id                  UUID NOT NULL REFERENCES site (id),
    year                     INT NOT NULL,
    version                  INT NOT NULL DEFAULT 0,
    overview                 TEXT NOT NULL DEFAULT '',
    problems                 TEXT NOT NULL DEFAULT '',
    other_matters            TEXT NOT NULL DEFAULT '',
    reconsiderations         INT NOT NULL DEFAULT 0,
    reconsiderations_upheld  INT NOT NULL DEFAULT 0,
    reconsiderations_revised INT NOT NULL DEFAULT 0,
    lawsuits                 INT NOT NULL DEFAULT 0,
    lawsuits_upheld          INT NOT NULL DEFAULT 0,
    lawsuits_revised         INT NOT NULL DEFAULT 0,
    published_at             TIMESTAMPTZ,
    published_by             VARCHAR(100),
    published_figures        TEXT,
    updated_at               TIMESTAMPTZ NOT NULL,
    updated_by               VARCHAR(100) NOT NULL,
    PRIMARY KEY (site_id, year)
);
