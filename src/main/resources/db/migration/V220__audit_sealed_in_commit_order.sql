-- The audit chain is sealed after commit instead of under one lock per entry (issue 15): an entry is inserted in the
-- caller's transaction without a place in the chain (seq, prev_hash and hash empty), so that it still exists exactly
-- when the change it records does; one sealer at a time across the cluster (AuditSealer) then gives committed entries
-- their place, the previous entry's MAC and their own. entry_id identifies an entry from its insert on.
ALTER TABLE audit_entry ADD COLUMN entry_id BIGINT;
UPDATE audit_entry SET entry_id = seq;
CREATE SEQUENCE audit_entry_entry_id_seq OWNED BY audit_entry.entry_id;
SELECT setval('audit_entry_entry_id_seq', coalesce((SELECT max(seq) FROM audit_entry), 0) + 1, false);
ALTER TABLE audit_entry ALTER COLUMN entry_id SET DEFAULT nextval('audit_entry_entry_id_seq');
ALTER TABLE audit_entry ALTER COLUMN entry_id SET NOT NULL;

ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_pkey;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (entry_id);
ALTER TABLE audit_entry ALTER COLUMN seq DROP NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_seq_unique UNIQUE (seq);
ALTER TABLE audit_entry ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_sealed_whole
    CHECK ((seq IS NULL AND prev_hash IS NULL AND hash IS NULL) OR (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL));
CREATE INDEX audit_entry_unsealed ON audit_entry (entry_id) WHERE seq IS NULL;

-- Still append-only: the one update allowed is sealing an unsealed entry, which fills seq, prev_hash and hash and
-- changes nothing else. A sealed entry is never updated; no entry is ever deleted or truncated.
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
       AND NEW.entry_id = OLD.entry_id
       AND NEW.occurred_at = OLD.occurred_at AND NEW.actor = OLD.actor
       AND NEW.source_ip IS NOT DISTINCT FROM OLD.source_ip AND NEW.action = OLD.action
       AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
       AND NEW.summary = OLD.summary AND NEW.before_state IS NOT DISTINCT FROM OLD.before_state
       AND NEW.after_state IS NOT DISTINCT FROM OLD.after_state AND NEW.keyed = OLD.keyed THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
