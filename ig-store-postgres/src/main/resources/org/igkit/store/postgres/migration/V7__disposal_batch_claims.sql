-- Disposal batches are claimed before they are executed (state EXECUTING, so that of two executions at the same
-- moment exactly one proceeds, and a run stopped part-way is finished by the next), and a record is a candidate of
-- at most one open batch (PROPOSED, APPROVED or EXECUTING).
ALTER TABLE disposal_batch DROP CONSTRAINT disposal_batch_state_check;
ALTER TABLE disposal_batch ADD CONSTRAINT disposal_batch_state_check
    CHECK (state IN ('PROPOSED', 'APPROVED', 'EXECUTING', 'EXECUTED'));

-- The records each open batch holds: the primary key is the rule "at most one open batch per record", kept by the
-- database so that it holds across connections and servers. Rows go when their batch is executed.
CREATE TABLE disposal_batch_record (
    record_id TEXT NOT NULL PRIMARY KEY,
    batch_id  TEXT NOT NULL REFERENCES disposal_batch (id)
);
CREATE INDEX disposal_batch_record_by_batch ON disposal_batch_record (batch_id);

-- Batches swept before this migration may share records; the earliest batch (by id) keeps each one.
INSERT INTO disposal_batch_record (record_id, batch_id)
    SELECT DISTINCT ON (c.value ->> 'recordId') c.value ->> 'recordId', b.id
    FROM disposal_batch b, json_array_elements(b.candidates::json) c
    WHERE b.state <> 'EXECUTED'
    ORDER BY c.value ->> 'recordId', b.id;
