-- The Information Asset Register (ig-core AssetRepository). One row per asset with every single-valued field;
-- the searchable ones (owner, business area, personal data, review date, status) indexed with the id, so that
-- each AssetQuery criterion is an index lookup in id order. Multi-valued fields live in child tables, in order.
CREATE TABLE information_asset (
    id                         TEXT    PRIMARY KEY,
    name                       TEXT    NOT NULL,
    description                TEXT,
    business_area              TEXT    NOT NULL,
    format                     TEXT    NOT NULL,
    system_or_location         TEXT,
    asset_owner                TEXT    NOT NULL,
    data_owner                 TEXT    NOT NULL,
    personal_data              INTEGER NOT NULL CHECK (personal_data IN (0, 1)),
    role                       TEXT    NOT NULL,
    criminal_offence_data      INTEGER NOT NULL CHECK (criminal_offence_data IN (0, 1)),
    criminal_offence_condition TEXT,
    consent_mechanism          TEXT,
    classification             TEXT    NOT NULL,
    security_measures          TEXT,
    retention_schedule_id      TEXT,
    retention_entry_id         TEXT,
    dpia_reference             TEXT,
    dpia_completed_on          TEXT,
    dpia_review_due_on         TEXT,
    review_date                TEXT,
    status                     TEXT    NOT NULL,
    confidential               INTEGER NOT NULL CHECK (confidential IN (0, 1)),
    version                    INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE INDEX information_asset_by_owner ON information_asset (asset_owner, id);
CREATE INDEX information_asset_by_business_area ON information_asset (business_area, id);
CREATE INDEX information_asset_by_review_date ON information_asset (review_date, id) WHERE review_date IS NOT NULL;
CREATE INDEX information_asset_by_status ON information_asset (status, personal_data, id);

-- The lists of text and sets of enum names: controllers, categories, purposes, lawful bases, ...
CREATE TABLE information_asset_value (
    asset_id TEXT    NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
    field    TEXT    NOT NULL,
    position INTEGER NOT NULL,
    value    TEXT    NOT NULL,
    PRIMARY KEY (asset_id, field, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE information_asset_transfer (
    asset_id      TEXT    NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    destination   TEXT    NOT NULL,
    recipient     TEXT,
    safeguard     TEXT,
    documentation TEXT,
    PRIMARY KEY (asset_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE information_asset_flow (
    asset_id          TEXT    NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    recipient         TEXT    NOT NULL,
    destination       TEXT    NOT NULL,
    purpose           TEXT    NOT NULL,
    frequency         TEXT    NOT NULL,
    method            TEXT    NOT NULL,
    sharing_agreement TEXT,
    PRIMARY KEY (asset_id, position)
) STRICT, WITHOUT ROWID;
