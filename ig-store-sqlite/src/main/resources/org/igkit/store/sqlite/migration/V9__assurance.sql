-- The assurance registers (ig-assurance ports): policies, training courses, staff, DPIAs, sharing agreements, role
-- appointments and DSPT assessments, one row an entity, read whole from its JSON document (its version table, its
-- screening and sign-off, its parties...), beside its optimistic-locking version and the columns a list selects on.
-- Attestations and training completions are facts that are only ever added, one row under their natural key.
CREATE TABLE assurance_policy (
    id       TEXT    PRIMARY KEY,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE TABLE assurance_course (
    id       TEXT    PRIMARY KEY,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE TABLE assurance_staff (
    id       TEXT    PRIMARY KEY,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE TABLE assurance_dpia (
    id       TEXT    PRIMARY KEY,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

-- The assets each DPIA covers, rewritten on every save of the DPIA, so that "the DPIAs covering asset A" (the
-- asset register's link to its DPIA) is an index look-up rather than a scan of every document.
CREATE TABLE assurance_dpia_asset (
    asset_id TEXT NOT NULL,
    dpia_id  TEXT NOT NULL REFERENCES assurance_dpia (id),
    PRIMARY KEY (asset_id, dpia_id)
) STRICT;

CREATE INDEX assurance_dpia_asset_by_dpia ON assurance_dpia_asset (dpia_id);

CREATE TABLE assurance_sharing_agreement (
    id       TEXT    PRIMARY KEY,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE TABLE assurance_role_appointment (
    id       TEXT    PRIMARY KEY,
    role     TEXT    NOT NULL,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

CREATE INDEX assurance_role_appointment_by_role ON assurance_role_appointment (role, id);

CREATE TABLE assurance_dspt_assessment (
    id       TEXT    PRIMARY KEY,
    document TEXT    NOT NULL,
    version  INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

-- fact_key is the fact's own key (staff, policy, version: one attestation each), so a rerun adds nothing twice
CREATE TABLE assurance_attestation (
    fact_key  TEXT PRIMARY KEY,
    staff_id  TEXT NOT NULL,
    policy_id TEXT NOT NULL,
    document  TEXT NOT NULL
) STRICT;

CREATE INDEX assurance_attestation_by_staff ON assurance_attestation (staff_id, fact_key);
CREATE INDEX assurance_attestation_by_policy ON assurance_attestation (policy_id, fact_key);

CREATE TABLE assurance_completion (
    fact_key  TEXT PRIMARY KEY,
    staff_id  TEXT NOT NULL,
    course_id TEXT NOT NULL,
    document  TEXT NOT NULL
) STRICT;

CREATE INDEX assurance_completion_by_staff ON assurance_completion (staff_id, fact_key);
CREATE INDEX assurance_completion_by_course ON assurance_completion (course_id, fact_key);
