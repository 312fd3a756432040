-- The breach log (ig-breach BreachRepository, UK GDPR Art 33(5)). Records are never deleted. The values the lists
-- filter and order on are columns of their own, written from the record on every save: the awareness instant of
-- the latest assessment (UTC, fixed width, so text order is time order), whether the record is open, and whether
-- the latest assessment says the Commissioner must be notified. The assessments (with their facts and
-- explanations), notifications and actions are JSON documents, read whole.
CREATE TABLE breach_record (
    id                   TEXT    PRIMARY KEY,
    reference            TEXT    NOT NULL,
    summary              TEXT    NOT NULL,
    assessments          TEXT    NOT NULL,
    notifications        TEXT    NOT NULL,
    reason_not_notifying TEXT,
    actions_taken        TEXT    NOT NULL,
    lessons_learned      TEXT,
    status               TEXT    NOT NULL,
    closed_at            TEXT,
    awareness_at         TEXT    NOT NULL,
    is_open              INTEGER NOT NULL CHECK (is_open IN (0, 1)),
    is_reportable        INTEGER NOT NULL CHECK (is_reportable IN (0, 1)),
    version              INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE INDEX breach_record_by_awareness ON breach_record (awareness_at, id);
CREATE INDEX breach_record_open ON breach_record (awareness_at, id) WHERE is_open = 1;
CREATE INDEX breach_record_reportable ON breach_record (awareness_at, id) WHERE is_reportable = 1;

-- The log is kept: a breach record cannot be removed.
CREATE TRIGGER breach_record_refuses_delete BEFORE DELETE ON breach_record
BEGIN
    SELECT RAISE(ABORT, 'the breach log keeps every record (UK GDPR Art 33(5)): a record cannot be removed');
END;
