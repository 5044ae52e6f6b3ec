-- Probes start at each site's own due time (issue 10: no probe more than 30 s late). A round claims the sites due in
-- the next half minute, so that two nodes never probe the same site twice; a claim lapses a minute after its due time
-- (a node that died with claims leaves them to the next round).
CREATE TABLE monitoring_probe_claim (
    site_id       UUID PRIMARY KEY,
    due_at        TIMESTAMPTZ NOT NULL,
    claimed_until TIMESTAMPTZ NOT NULL
);
