-- Issue 15: a full rebuild (and the search index's rebuild) walks every live article in publication order, 500 at a
-- time, by keyset (published_at, id). Without an index in that order each page of the walk sorted all of the site's
-- articles again: 200 sorts of 100,000 rows for a 100,000-article site.
CREATE INDEX article_live_site_walk ON article (site_id, published_at, id)
    WHERE live_revision IS NOT NULL AND withdrawn_at IS NULL;
CREATE INDEX article_live_walk ON article (published_at, id)
    WHERE live_revision IS NOT NULL AND withdrawn_at IS NULL;
