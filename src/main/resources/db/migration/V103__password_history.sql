-- 等保 password ageing and reuse (security issue 8, item 11): when each account's password was last set, and the hashes
-- of its last five passwords (the current one included), which a new password may not repeat.
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMPTZ;
-- existing accounts start their period now rather than being forced to change at once on upgrade
UPDATE app_user SET password_changed_at = now();
ALTER TABLE app_user ALTER COLUMN password_changed_at SET NOT NULL;

CREATE TABLE password_history (
    id            BIGSERIAL PRIMARY KEY,
    app_user      UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    password_hash VARCHAR(200) NOT NULL,
    set_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX password_history_user ON password_history (app_user, id DESC);
INSERT INTO password_history (app_user, password_hash, set_at) SELECT id, password_hash, password_changed_at FROM app_user;
