-- People and access: accounts belong to a unit; roles are platform-wide (site_id NULL) or scoped to one site.
CREATE TABLE app_user (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    username             VARCHAR(50) NOT NULL,
    display_name         VARCHAR(50) NOT NULL,
    unit_id              UUID NOT NULL REFERENCES unit (id),
    phone                VARCHAR(40),
    email                VARCHAR(200),
    password_hash        VARCHAR(200) NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    failed_attempts      INT NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    enabled              BOOLEAN NOT NULL DEFAULT TRUE,
    totp_secret          VARCHAR(64),
    demo                 BOOLEAN NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMPTZ NOT NULL,
    last_sign_in_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX app_user_username_unique ON app_user (lower(username));

CREATE TABLE role_grant (
    app_user UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     VARCHAR(30) NOT NULL,
    site_id  UUID REFERENCES site (id),
    CONSTRAINT role_grant_unique UNIQUE NULLS NOT DISTINCT (app_user, role, site_id)
);
CREATE INDEX role_grant_site ON role_grant (site_id);

CREATE TABLE api_token (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash   CHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    source_ip    VARCHAR(64)
);
CREATE INDEX api_token_user ON api_token (user_id);
