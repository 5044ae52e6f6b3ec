-- Revocation (security issue 1): every change to an account's grants, enabled flag, password or second factor
-- raises its security version; console sessions and API tokens carry the version they were issued at and stop
-- working when it no longer matches.
ALTER TABLE app_user ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_token ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0;
