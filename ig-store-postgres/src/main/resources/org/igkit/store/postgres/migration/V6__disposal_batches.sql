-- Disposal batches (ig-retention DisposalBatchRepository): a sweep's candidates, their approval and, once executed,
-- the certificate of disposal. One row per batch; lists page by id over the primary key. The candidates and the
-- certificate are JSON documents kept as TEXT, byte for byte as written (jsonb would reorder keys), read whole.
CREATE TABLE disposal_batch (
    id          TEXT   PRIMARY KEY,
    as_of       DATE   NOT NULL,
    candidates  TEXT   NOT NULL,
    state       TEXT   NOT NULL CHECK (state IN ('PROPOSED', 'APPROVED', 'EXECUTED')),
    approved_by TEXT,
    approved_at TEXT,
    certificate TEXT,
    version     BIGINT NOT NULL CHECK (version >= 1),
    CHECK ((state = 'PROPOSED') = (approved_by IS NULL AND approved_at IS NULL)),
    CHECK ((state = 'EXECUTED') = (certificate IS NOT NULL))
);

-- A certificate is the proof that records were disposed of lawfully: once issued it is kept as issued.
CREATE FUNCTION igkit_disposal_batch_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'disposal batches are kept as the record of disposal: a batch cannot be removed';
    END IF;
    IF OLD.state = 'EXECUTED' THEN
        RAISE EXCEPTION 'an executed disposal batch and its certificate cannot be changed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER disposal_batch_refuses_delete BEFORE DELETE ON disposal_batch
    FOR EACH ROW EXECUTE FUNCTION igkit_disposal_batch_is_kept();
CREATE TRIGGER disposal_batch_refuses_truncate BEFORE TRUNCATE ON disposal_batch
    FOR EACH STATEMENT EXECUTE FUNCTION igkit_disposal_batch_is_kept();
CREATE TRIGGER disposal_batch_executed_is_final BEFORE UPDATE ON disposal_batch
    FOR EACH ROW EXECUTE FUNCTION igkit_disposal_batch_is_kept();
