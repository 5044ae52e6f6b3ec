-- Each column's last update and number of live articles, kept up to date by the database itself (issue 15: every
-- column's standing on a platform of 50,000 columns without aggregating every placement on each read). Statement
-- triggers with transition tables refresh the columns a statement touched in one set-based statement; a refresh first
-- locks the columns' rows in column order, so it counts with a fresh snapshot what concurrent transactions committed
-- before it.
CREATE TABLE column_stat (
    column_id   UUID PRIMARY KEY REFERENCES content_column (id) ON DELETE CASCADE,
    last_update TIMESTAMPTZ,
    published   BIGINT NOT NULL
);

INSERT INTO column_stat (column_id, last_update, published)
SELECT c.id, s.last_update, coalesce(s.published, 0)
FROM content_column c
LEFT JOIN (
    SELECT p.column_id, max(a.published_at) AS last_update, count(*) AS published
    FROM article_placement p JOIN article a ON a.id = p.article_id
    WHERE a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
    GROUP BY p.column_id
) s ON s.column_id = c.id;

CREATE FUNCTION column_stat_refresh(columns UUID[]) RETURNS void AS $$
BEGIN
    -- one row per column still there, locked in column order (each following statement then sees what concurrent
    -- transactions committed before it got the lock), then every figure recomputed in one set-based statement
    INSERT INTO column_stat (column_id, last_update, published)
    SELECT DISTINCT u, NULL::timestamptz, 0 FROM unnest(columns) u
    WHERE EXISTS (SELECT 1 FROM content_column c WHERE c.id = u)
    ORDER BY u
    ON CONFLICT DO NOTHING;
    PERFORM 1 FROM column_stat WHERE column_id = ANY (columns) ORDER BY column_id FOR UPDATE;
    UPDATE column_stat s SET last_update = g.last_update, published = g.published
    FROM (
        SELECT u.cid, max(a.published_at) AS last_update, count(a.id) AS published
        FROM (SELECT DISTINCT unnest(columns) AS cid) u
        LEFT JOIN article_placement p ON p.column_id = u.cid
        LEFT JOIN article a ON a.id = p.article_id AND a.live_revision IS NOT NULL AND a.withdrawn_at IS NULL
        GROUP BY u.cid
    ) g
    WHERE s.column_id = g.cid;
END;
$$ LANGUAGE plpgsql;

-- inserted or deleted placements: both triggers name their transition table "changed"
CREATE FUNCTION column_stat_placements_changed() RETURNS trigger AS $$
BEGIN
    PERFORM column_stat_refresh(ARRAY(SELECT column_id FROM changed));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION column_stat_placements_updated() RETURNS trigger AS $$
BEGIN
    PERFORM column_stat_refresh(ARRAY(SELECT column_id FROM before UNION SELECT column_id FROM after));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION column_stat_articles_updated() RETURNS trigger AS $$
BEGIN
    PERFORM column_stat_refresh(ARRAY(
        SELECT p.column_id FROM before o JOIN after n ON n.id = o.id JOIN article_placement p ON p.article_id = n.id
        WHERE o.live_revision IS DISTINCT FROM n.live_revision OR o.withdrawn_at IS DISTINCT FROM n.withdrawn_at
           OR o.published_at IS DISTINCT FROM n.published_at));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER column_stat_on_placement_insert AFTER INSERT ON article_placement
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION column_stat_placements_changed();
CREATE TRIGGER column_stat_on_placement_delete AFTER DELETE ON article_placement
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION column_stat_placements_changed();
CREATE TRIGGER column_stat_on_placement_update AFTER UPDATE ON article_placement
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION column_stat_placements_updated();
CREATE TRIGGER column_stat_on_article_update AFTER UPDATE ON article
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION column_stat_articles_updated();
