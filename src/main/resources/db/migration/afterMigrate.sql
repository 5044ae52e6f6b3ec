-- Runs after every migration (Flyway callback), as the schema owner. When the least-privilege application role
-- exists (always in embedded mode; created by the administrator for an external database), it gets exactly the rights
-- the application needs: rows, not schema. The audit trail is append-only for it: no UPDATE, DELETE or TRUNCATE, and
-- since it owns no table it cannot disable the triggers that refuse them for everyone else.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'govsite_app') THEN
        GRANT USAGE ON SCHEMA public TO govsite_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO govsite_app;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO govsite_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM govsite_app;
        -- sealing (AuditSealer) fills the chain columns of an unsealed entry; the trigger allows nothing else
        IF EXISTS (SELECT FROM information_schema.columns WHERE table_name = 'audit_entry' AND column_name = 'entry_id') THEN
            GRANT UPDATE (seq, prev_hash, hash) ON audit_entry TO govsite_app;
            GRANT USAGE, SELECT ON SEQUENCE audit_entry_entry_id_seq TO govsite_app;
        END IF;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM govsite_app;
    END IF;
END
$$;
