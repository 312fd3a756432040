-- igkit PostgreSQL schema, version 8: sealed audit entries and signed checkpoints (issue 20, defect 6).
-- `key_id` names the key whose HMAC-SHA256 is the entry's hash; NULL for entries chained with plain SHA-256
-- (every entry written before the log had a key). Adding a column fires no row trigger.
ALTER TABLE audit_entry ADD COLUMN key_id TEXT;

-- A checkpoint says "the log held `sequence` entries ending in `head_hash`", signed with a key held outside the
-- database, so cutting entries off the end shows. Append-only like the entries.
CREATE TABLE audit_checkpoint (
    sequence         BIGINT NOT NULL,
    head_hash        TEXT   NOT NULL,
    head_occurred_at TEXT   NOT NULL,
    key_id           TEXT   NOT NULL,
    signature        TEXT   NOT NULL,
    PRIMARY KEY (sequence, key_id)
);

CREATE TRIGGER audit_checkpoint_refuses_update BEFORE UPDATE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_checkpoint_refuses_delete BEFORE DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_checkpoint_refuses_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION igkit_audit_refuses_change();
