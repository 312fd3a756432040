-- Disposal batches (ig-retention DisposalBatchRepository): a sweep's candidates, their approval and, once executed,
-- the certificate of disposal. One row per batch; lists page by id over the primary key. The candidates (each with
-- its entry, rule text, citations, action and due date) and the certificate (disposed and withheld records,
-- approver, executor, times and digest) are JSON documents, read whole: nothing is queried inside them.
-- Instants are UTC with nine fraction digits, dates YYYY-MM-DD (TemporalText).
CREATE TABLE disposal_batch (
    id          TEXT    PRIMARY KEY,
    as_of       TEXT    NOT NULL,
    candidates  TEXT    NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('PROPOSED', 'APPROVED', 'EXECUTED')),
    approved_by TEXT,
    approved_at TEXT,
    certificate TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    CHECK ((state = 'PROPOSED') = (approved_by IS NULL AND approved_at IS NULL)),
    CHECK ((state = 'EXECUTED') = (certificate IS NOT NULL))
) STRICT;

-- A certificate is the proof that records were disposed of lawfully: once issued it is kept as issued.
CREATE TRIGGER disposal_batch_refuses_delete BEFORE DELETE ON disposal_batch
BEGIN
    SELECT RAISE(ABORT, 'disposal batches are kept as the record of disposal: a batch cannot be removed');
END;

CREATE TRIGGER disposal_batch_executed_is_final BEFORE UPDATE ON disposal_batch
WHEN OLD.state = 'EXECUTED'
BEGIN
    SELECT RAISE(ABORT, 'an executed disposal batch and its certificate cannot be changed');
END;
