-- igkit PostgreSQL schema, version 1: the audit log.
-- Instants are fixed-width ISO-8601 text in UTC with nine fraction digits (text order is time order, and the
-- nanoseconds the chain's hashes cover survive; timestamptz keeps only microseconds). Calendar dates are DATE.

-- The audit log (ig-core AuditLog). `sequence` is 1, 2, 3, ... with no gap: an append takes the transaction-level
-- advisory lock of the chain (pg_advisory_xact_lock), reads the last entry and inserts the next one in the same
-- transaction, so appends from every connection of every process form one chain.
CREATE TABLE audit_entry (
    sequence      BIGINT PRIMARY KEY,
    actor         TEXT   NOT NULL,
    action        TEXT   NOT NULL,
    occurred_at   TEXT   NOT NULL,
    subject_type  TEXT   NOT NULL,
    subject_id    TEXT   NOT NULL,
    previous_hash TEXT   NOT NULL,
    hash          TEXT   NOT NULL
);

CREATE INDEX audit_entry_by_subject ON audit_entry (subject_type, subject_id, sequence);

-- An event's details, one row per key (the hash covers them in key order).
CREATE TABLE audit_detail (
    sequence BIGINT NOT NULL REFERENCES audit_entry (sequence),
    key      TEXT   NOT NULL,
    value    TEXT   NOT NULL,
    PRIMARY KEY (sequence, key)
);

-- Append-only: the schema itself refuses to change or remove an entry, whoever connects.
CREATE FUNCTION igkit_audit_refuses_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'the audit log is append-only: an entry cannot be removed';
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: an entry cannot be changed';
END;
$$;

CREATE TRIGGER audit_entry_refuses_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_entry_refuses_delete BEFORE DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_entry_refuses_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_detail_refuses_update BEFORE UPDATE ON audit_detail
    FOR EACH ROW EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_detail_refuses_delete BEFORE DELETE ON audit_detail
    FOR EACH ROW EXECUTE FUNCTION igkit_audit_refuses_change();
CREATE TRIGGER audit_detail_refuses_truncate BEFORE TRUNCATE ON audit_detail
    FOR EACH STATEMENT EXECUTE FUNCTION igkit_audit_refuses_change();
