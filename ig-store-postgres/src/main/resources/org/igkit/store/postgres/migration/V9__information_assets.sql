-- The Information Asset Register (ig-assets AssetRepository), the same shape as the SQLite store's: one row per
-- asset with every single-valued field; the searchable ones (owner, business area, personal data, review date,
-- status) indexed with the id, so that each AssetQuery criterion is an index scan in id order. Multi-valued fields
-- live in child tables, in order. Dates are DATE.
CREATE TABLE information_asset (
    id                         TEXT    PRIMARY KEY,
    name                       TEXT    NOT NULL,
    description                TEXT,
    business_area              TEXT    NOT NULL,
    format                     TEXT    NOT NULL,
    system_or_location         TEXT,
    asset_owner                TEXT    NOT NULL,
    data_owner                 TEXT    NOT NULL,
    personal_data              BOOLEAN NOT NULL,
    role                       TEXT    NOT NULL,
    criminal_offence_data      BOOLEAN NOT NULL,
    criminal_offence_condition TEXT,
    consent_mechanism          TEXT,
    classification             TEXT    NOT NULL,
    security_measures          TEXT,
    retention_schedule_id      TEXT,
    retention_entry_id         TEXT,
    dpia_reference             TEXT,
    dpia_completed_on          DATE,
    dpia_review_due_on         DATE,
    review_date                DATE,
    status                     TEXT    NOT NULL,
    confidential               BOOLEAN NOT NULL,
    version                    BIGINT  NOT NULL CHECK (version >= 1)
);

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
);

CREATE TABLE information_asset_transfer (
    asset_id      TEXT    NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    destination   TEXT    NOT NULL,
    recipient     TEXT,
    safeguard     TEXT,
    documentation TEXT,
    PRIMARY KEY (asset_id, position)
);

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
);
