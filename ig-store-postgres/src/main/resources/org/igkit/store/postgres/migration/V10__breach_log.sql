-- The breach log (ig-breach BreachRepository, UK GDPR Art 33(5)). Records are never deleted. The values the lists
-- filter and order on are columns of their own, written from the record on every save: the awareness instant of
-- the latest assessment (UTC text with nine fraction digits, so text order is time order, as in the audit log),
-- whether the record is open, and whether the latest assessment says the Commissioner must be notified. The
-- assessments, notifications and actions are JSON documents kept as TEXT byte for byte as written, read whole.
CREATE TABLE breach_record (
    id                   TEXT    COLLATE "C" PRIMARY KEY,
    reference            TEXT    NOT NULL,
    summary              TEXT    NOT NULL,
    assessments          TEXT    NOT NULL,
    notifications        TEXT    NOT NULL,
    reason_not_notifying TEXT,
    actions_taken        TEXT    NOT NULL,
    lessons_learned      TEXT,
    status               TEXT    NOT NULL,
    closed_at            TEXT,
    awareness_at         TEXT    COLLATE "C" NOT NULL,
    is_open              BOOLEAN NOT NULL,
    is_reportable        BOOLEAN NOT NULL,
    version              BIGINT  NOT NULL CHECK (version >= 1)
);

-- The id and the awareness text are COLLATE "C" (byte order), so that the fixed-width instant text sorts as time
-- and the (awareness, id) cursor compares as it does in Java, whatever the database's default collation.
CREATE INDEX breach_record_by_awareness ON breach_record (awareness_at, id);
CREATE INDEX breach_record_open ON breach_record (awareness_at, id) WHERE is_open;
CREATE INDEX breach_record_reportable ON breach_record (awareness_at, id) WHERE is_reportable;

-- The log is kept: a breach record cannot be removed, by DELETE or TRUNCATE, whoever connects.
CREATE FUNCTION igkit_breach_record_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the breach log keeps every record (UK GDPR Art 33(5)): a record cannot be removed';
END;
$$;

CREATE TRIGGER breach_record_refuses_delete BEFORE DELETE ON breach_record
    FOR EACH ROW EXECUTE FUNCTION igkit_breach_record_is_kept();
CREATE TRIGGER breach_record_refuses_truncate BEFORE TRUNCATE ON breach_record
    FOR EACH STATEMENT EXECUTE FUNCTION igkit_breach_record_is_kept();
