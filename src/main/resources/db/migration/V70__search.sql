-- Search: the change feed every node's local index follows (seq order is commit order: inserts take an advisory lock).
CREATE TABLE search_change (
    seq        bigserial PRIMARY KEY,
    article_id uuid,
    op         text        NOT NULL CHECK (op IN ('INDEX', 'REMOVE', 'REBUILD')),
    at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((op = 'REBUILD') = (article_id IS NULL))
);
