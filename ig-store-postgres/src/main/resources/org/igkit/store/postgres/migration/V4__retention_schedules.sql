-- Retention schedules (ig-retention ScheduleRepository): a schedule and every version of every entry, in the
-- schedule's order. A rule is stored in RuleText's form. Dates are DATE.
CREATE TABLE retention_schedule (
    id      TEXT   PRIMARY KEY,
    title   TEXT   NOT NULL,
    source  TEXT   NOT NULL,
    version BIGINT NOT NULL CHECK (version >= 1)
);

CREATE TABLE retention_schedule_entry (
    schedule_id    TEXT    NOT NULL REFERENCES retention_schedule (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    entry_id       TEXT    NOT NULL,
    class_ref      TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    rule           TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    source_wording TEXT    NOT NULL,
    effective_from DATE    NOT NULL,
    effective_to   DATE,
    authority      TEXT    NOT NULL,
    verified       BOOLEAN NOT NULL,
    PRIMARY KEY (schedule_id, position)
);

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
);
