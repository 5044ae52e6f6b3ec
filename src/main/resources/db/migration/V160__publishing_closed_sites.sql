-- Closed and merged sites (Art. 6): the site is taken down and every old address answers a permanent redirect to the
-- successor site (the same article where it was migrated, else the column of the same path, else the home page) or to
-- the archive notice page that replaces the site.
CREATE TABLE publish_closed_site (
    site_id           UUID PRIMARY KEY REFERENCES site (id),
    site_key          VARCHAR(300) NOT NULL UNIQUE,
    successor_site_id UUID REFERENCES site (id),
    closed_at         TIMESTAMPTZ NOT NULL
);

-- The pages the site had when it was taken down: article pages (with their article) and column directories.
CREATE TABLE publish_closed_page (
    site_id    UUID NOT NULL REFERENCES publish_closed_site (site_id) ON DELETE CASCADE,
    path       VARCHAR(1000) NOT NULL,
    article_id UUID,
    PRIMARY KEY (site_id, path)
);
