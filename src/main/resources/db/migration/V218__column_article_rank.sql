-- 置顶 and 排序 of an article within one column's list (issue 14): kept beside the article aggregate, whose placements
-- are rewritten on every save. No row: not pinned, rank 0 (newest first).
CREATE TABLE column_article_rank (
    column_id  UUID NOT NULL REFERENCES content_column (id) ON DELETE CASCADE,
    article_id UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    pinned     BOOLEAN NOT NULL DEFAULT FALSE,
    rank       INT NOT NULL DEFAULT 0,
    PRIMARY KEY (column_id, article_id)
);
