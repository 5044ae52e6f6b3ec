-- The audit trail (等保 2.0): append-only and hash-chained. Each entry's hash covers its own fields and the previous
-- entry's hash, so a changed or deleted row breaks the chain at that row. The trigger refuses UPDATE and DELETE for
-- every application connection; only a database superuser who disables it can touch a row, and verification then
-- names the row.
CREATE TABLE audit_entry (
    seq         BIGINT PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    source_ip   VARCHAR(64),
    action      VARCHAR(60) NOT NULL,
    target_type VARCHAR(40),
    target_id   VARCHAR(100),
    summary     TEXT NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    prev_hash   CHAR(64) NOT NULL,
    hash        CHAR(64) NOT NULL
);
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
