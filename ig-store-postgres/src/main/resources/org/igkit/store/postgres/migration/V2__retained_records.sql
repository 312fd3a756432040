-- Records under retention (ig-retention RecordRepository). Calendar dates are DATE, so they sort as dates. The
-- facts are `name=value` pairs joined by ';' (as in the SQLite store). `version` is the optimistic lock: an update
-- is `UPDATE ... WHERE id = ? AND version = ?`, which PostgreSQL serialises on the row.
CREATE TABLE retained_record (
    id                   TEXT    PRIMARY KEY,
    schedule_id          TEXT    NOT NULL,
    entry_id             TEXT    NOT NULL,
    fact_dates           TEXT    NOT NULL,
    fact_flags           TEXT    NOT NULL,
    due_date             DATE,
    status               TEXT,
    computed_on          DATE,
    disposal_batch_id    TEXT,
    disposal_action      TEXT,
    disposal_executed_at TEXT,
    disposal_executed_by TEXT,
    review_count         INTEGER NOT NULL CHECK (review_count >= 0),
    version              BIGINT  NOT NULL CHECK (version >= 1)
);

-- "Due on or before D, not disposed of" is a range scan of this index in (due date, id) order: the keyset of the
-- list. Partial, so that undated (PENDING, PERMANENT) and disposed records cost nothing in it.
CREATE INDEX retained_record_due ON retained_record (due_date, id)
    WHERE due_date IS NOT NULL AND disposal_batch_id IS NULL;
CREATE INDEX retained_record_by_entry ON retained_record (schedule_id, entry_id, id);

CREATE TABLE retained_record_review (
    record_id     TEXT    NOT NULL REFERENCES retained_record (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    reviewed_on   DATE    NOT NULL,
    outcome       TEXT    NOT NULL,
    extend_years  INTEGER,
    extend_months INTEGER,
    extend_days   INTEGER,
    until         DATE,
    next_action   TEXT,
    reviewer      TEXT,
    reason        TEXT,
    PRIMARY KEY (record_id, position)
);
