-- igkit SQLite schema, version 8: sealed audit entries and signed checkpoints (issue 20, defect 6).
-- `key_id` names the key whose HMAC-SHA256 is the entry's hash; NULL for entries chained with plain SHA-256
-- (every entry written before the log had a key). Adding a column fires no trigger, so the log stays append-only.
ALTER TABLE audit_entry ADD COLUMN key_id TEXT;

-- A checkpoint says "the log held `sequence` entries ending in `head_hash`", signed with a key held outside the
-- database, so cutting entries off the end shows. Append-only like the entries.
CREATE TABLE audit_checkpoint (
    sequence         INTEGER NOT NULL,
    head_hash        TEXT    NOT NULL,
    head_occurred_at TEXT    NOT NULL,
    key_id           TEXT    NOT NULL,
    signature        TEXT    NOT NULL,
    PRIMARY KEY (sequence, key_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER audit_checkpoint_refuses_update BEFORE UPDATE ON audit_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: a checkpoint cannot be changed');
END;

CREATE TRIGGER audit_checkpoint_refuses_delete BEFORE DELETE ON audit_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: a checkpoint cannot be removed');
END;
