-- Disposal batches are claimed before they are executed (state EXECUTING, so that of two executions at the same
-- moment exactly one proceeds, and a run stopped part-way is finished by the next), and a record is a candidate of
-- at most one open batch (PROPOSED, APPROVED or EXECUTING). SQLite cannot change a CHECK in place: the table is
-- copied into one whose state check admits EXECUTING, with the same rows, triggers and rules.
DROP TRIGGER disposal_batch_refuses_delete;
DROP TRIGGER disposal_batch_executed_is_final;

CREATE TABLE disposal_batch_v7 (
    id          TEXT    PRIMARY KEY,
    as_of       TEXT    NOT NULL,
    candidates  TEXT    NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('PROPOSED', 'APPROVED', 'EXECUTING', 'EXECUTED')),
    approved_by TEXT,
    approved_at TEXT,
    certificate TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    CHECK ((state = 'PROPOSED') = (approved_by IS NULL AND approved_at IS NULL)),
    CHECK ((state = 'EXECUTED') = (certificate IS NOT NULL))
) STRICT;
INSERT INTO disposal_batch_v7 (id, as_of, candidates, state, approved_by, approved_at, certificate, version)
    SELECT id, as_of, candidates, state, approved_by, approved_at, certificate, version FROM disposal_batch;
DROP TABLE disposal_batch;
ALTER TABLE disposal_batch_v7 RENAME TO disposal_batch;

CREATE TRIGGER disposal_batch_refuses_delete BEFORE DELETE ON disposal_batch
BEGIN
    SELECT RAISE(ABORT, 'disposal batches are kept as the record of disposal: a batch cannot be removed');
END;

CREATE TRIGGER disposal_batch_executed_is_final BEFORE UPDATE ON disposal_batch
WHEN OLD.state = 'EXECUTED'
BEGIN
    SELECT RAISE(ABORT, 'an executed disposal batch and its certificate cannot be changed');
END;

-- The records each open batch holds: the primary key is the rule "at most one open batch per record", kept by the
-- database so that it holds across connections and processes. Rows go when their batch is executed.
CREATE TABLE disposal_batch_record (
    record_id TEXT NOT NULL PRIMARY KEY,
    batch_id  TEXT NOT NULL REFERENCES disposal_batch (id)
) STRICT;
CREATE INDEX disposal_batch_record_by_batch ON disposal_batch_record (batch_id);

-- Batches swept before this migration may share records; the earliest batch (by id) keeps each one.
INSERT OR IGNORE INTO disposal_batch_record (record_id, batch_id)
    SELECT json_extract(c.value, '$.recordId'), b.id
    FROM disposal_batch b, json_each(b.candidates) c
    WHERE b.state <> 'EXECUTED'
    ORDER BY b.id;
