-- 内容检查误报 (issue 14, defect 6): an editor marks a finding of the content check as a false positive, with a reason.
-- The mark belongs to the article and the finding's category and matched text, so it holds for every occurrence and
-- across revisions; the checks then no longer block on it, and reviewers read the reason beside the finding.
CREATE TABLE content_check_dismissal (
    article_id   UUID        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    category     TEXT        NOT NULL,
    matched      TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    dismissed_by TEXT        NOT NULL,
    dismissed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, category, matched)
);
