-- Retention (ig-retention ScheduleRepository, RecordRepository, LegalHoldRepository).

-- A schedule and every version of every entry, in the schedule's order. A rule is stored in RuleText's form.
CREATE TABLE retention_schedule (
    id      TEXT    PRIMARY KEY,
    title   TEXT    NOT NULL,
    source  TEXT    NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE TABLE retention_schedule_entry (
    schedule_id    TEXT    NOT NULL REFERENCES retention_schedule (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    entry_id       TEXT    NOT NULL,
    class_ref      TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    rule           TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    source_wording TEXT    NOT NULL,
    effective_from TEXT    NOT NULL,
    effective_to   TEXT,
    authority      TEXT    NOT NULL,
    verified       INTEGER NOT NULL CHECK (verified IN (0, 1)),
    PRIMARY KEY (schedule_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX retention_schedule_entry_by_ref ON retention_schedule_entry (schedule_id, entry_id, effective_from);

CREATE TABLE retention_schedule_citation (
    schedule_id    TEXT    NOT NULL,
    entry_position INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    instrument     TEXT    NOT NULL,
    provision      TEXT,
    url            TEXT,
    note           TEXT,
    PRIMARY KEY (schedule_id, entry_position, position),
    FOREIGN KEY (schedule_id, entry_position) REFERENCES retention_schedule_entry (schedule_id, position)
        ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- A record under retention, with its last computed answer. The facts are stored as `name=value` pairs joined by
-- ';' (fact names are identifiers, values ISO dates or true/false), so that a record is one row and a bulk import
-- writes one row per record. WITHOUT ROWID: the table is the primary-key b-tree itself, so an insert updates one
-- b-tree fewer (the rows are small, well under the size where that stops paying). `review_count` says how many
-- rows it has in retained_record_review, so that a page of records without reviews (nearly all) reads no more.
CREATE TABLE retained_record (
    id                   TEXT    PRIMARY KEY,
    schedule_id          TEXT    NOT NULL,
    entry_id             TEXT    NOT NULL,
    fact_dates           TEXT    NOT NULL,
    fact_flags           TEXT    NOT NULL,
    due_date             TEXT,
    status               TEXT,
    computed_on          TEXT,
    disposal_batch_id    TEXT,
    disposal_action      TEXT,
    disposal_executed_at TEXT,
    disposal_executed_by TEXT,
    review_count         INTEGER NOT NULL CHECK (review_count >= 0),
    version              INTEGER NOT NULL CHECK (version >= 1)
) STRICT, WITHOUT ROWID;

-- "Due on or before D, not disposed of" is a range scan of this index in (due date, id) order: the keyset of the
-- list. Partial, so that undated (PENDING, PERMANENT) and disposed records cost nothing in it.
CREATE INDEX retained_record_due ON retained_record (due_date, id)
    WHERE due_date IS NOT NULL AND disposal_batch_id IS NULL;
CREATE INDEX retained_record_by_entry ON retained_record (schedule_id, entry_id, id);

CREATE TABLE retained_record_review (
    record_id     TEXT    NOT NULL REFERENCES retained_record (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    reviewed_on   TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    extend_years  INTEGER,
    extend_months INTEGER,
    extend_days   INTEGER,
    until         TEXT,
    next_action   TEXT,
    reviewer      TEXT,
    reason        TEXT,
    PRIMARY KEY (record_id, position)
) STRICT, WITHOUT ROWID;

-- Legal holds: never deleted; a release is recorded with its date and reason.
CREATE TABLE legal_hold (
    id             TEXT    PRIMARY KEY,
    record_id      TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    authority      TEXT,
    placed_on      TEXT    NOT NULL,
    released_on    TEXT,
    release_reason TEXT,
    version        INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE INDEX legal_hold_by_record ON legal_hold (record_id, placed_on, id);
