-- Sign-in throttling (security issue 10): failures are counted per source address (password spraying across
-- accounts) and per address and account (guessing one password), so an outsider cannot lock an administrator out
-- from everywhere. Rows older than the lockout window are no longer read and are purged on the way.
CREATE TABLE sign_in_failure (
    source_ip VARCHAR(64)  NOT NULL,
    username  VARCHAR(100) NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sign_in_failure_ip ON sign_in_failure (source_ip, failed_at);
CREATE INDEX sign_in_failure_pair ON sign_in_failure (source_ip, lower(username), failed_at);
