-- igkit SQLite schema, version 1: the audit log and the bulk-import journal.
-- Conventions: STRICT tables; every temporal value is ISO-8601 TEXT (instants in UTC with nine fraction digits,
-- so that text order is time order); optimistic locking through a `version` INTEGER column where rows change.

-- The audit log (ig-core AuditLog). `sequence` is the rowid, 1, 2, 3, ... with no gap: appends run in IMMEDIATE
-- transactions on the single writer, and nothing may delete a row.
CREATE TABLE audit_entry (
    sequence      INTEGER PRIMARY KEY,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    occurred_at   TEXT    NOT NULL,
    subject_type  TEXT    NOT NULL,
    subject_id    TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
) STRICT;

CREATE INDEX audit_entry_by_subject ON audit_entry (subject_type, subject_id, sequence);

-- An event's details, one row per key (the hash covers them in key order).
CREATE TABLE audit_detail (
    sequence INTEGER NOT NULL REFERENCES audit_entry (sequence),
    key      TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    PRIMARY KEY (sequence, key)
) STRICT, WITHOUT ROWID;

-- Append-only: the schema itself refuses to change or remove an entry, whoever connects.
CREATE TRIGGER audit_entry_refuses_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be changed');
END;

CREATE TRIGGER audit_entry_refuses_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be removed');
END;

CREATE TRIGGER audit_detail_refuses_update BEFORE UPDATE ON audit_detail
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be changed');
END;

CREATE TRIGGER audit_detail_refuses_delete BEFORE DELETE ON audit_detail
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be removed');
END;

-- One row per committed batch of a bulk import, written in the same transaction as the batch's rows: a row
-- here means the whole batch is in, and a batch that is not here left nothing behind.
CREATE TABLE import_batch (
    import_id    TEXT    NOT NULL,
    batch_number INTEGER NOT NULL,
    batch_size   INTEGER NOT NULL,
    rows_read    INTEGER NOT NULL,
    rows_added   INTEGER NOT NULL,
    first_key    TEXT    NOT NULL,
    last_key     TEXT    NOT NULL,
    committed_at TEXT    NOT NULL,
    PRIMARY KEY (import_id, batch_number)
) STRICT;
