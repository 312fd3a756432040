-- Legal holds (ig-retention LegalHoldRepository): never deleted; a release is recorded with its date and reason.
CREATE TABLE legal_hold (
    id             TEXT   PRIMARY KEY,
    record_id      TEXT   NOT NULL,
    reason         TEXT   NOT NULL,
    authority      TEXT,
    placed_on      DATE   NOT NULL,
    released_on    DATE,
    release_reason TEXT,
    version        BIGINT NOT NULL CHECK (version >= 1)
);

CREATE INDEX legal_hold_by_record ON legal_hold (record_id, placed_on, id);
