-- The audit chain becomes keyed (security issue 3): entries written from now on carry an HMAC-SHA256 whose key is
-- kept outside the database (AuditKey), so rewriting the table cannot recompute the chain. Entries written before
-- this version keep their plain SHA-256 and are verified as such; none may follow a keyed one.
ALTER TABLE audit_entry ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT FALSE;
