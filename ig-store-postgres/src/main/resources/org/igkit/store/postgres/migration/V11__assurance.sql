-- igkit PostgreSQL schema, version 11: the assurance registers (ig-assurance ports), as SQLite's V9. Policies,
-- courses, staff, DPIAs, sharing agreements, role appointments and DSPT assessments are one row an entity, read
-- whole from its JSON document (TEXT, byte for byte as written) beside its optimistic-locking version and the
-- columns a list selects on; attestations and completions are facts only ever added, under their natural key.
-- Ids and keys are COLLATE "C" (byte order), so that id order and the keyset cursor compare as they do in Java.
CREATE TABLE assurance_policy (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

CREATE TABLE assurance_course (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

CREATE TABLE assurance_staff (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

CREATE TABLE assurance_dpia (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

-- The assets each DPIA covers, rewritten on every save of the DPIA: "the DPIAs covering asset A" by index.
CREATE TABLE assurance_dpia_asset (
    asset_id TEXT COLLATE "C" NOT NULL,
    dpia_id  TEXT COLLATE "C" NOT NULL REFERENCES assurance_dpia (id),
    PRIMARY KEY (asset_id, dpia_id)
);

CREATE INDEX assurance_dpia_asset_by_dpia ON assurance_dpia_asset (dpia_id);

CREATE TABLE assurance_sharing_agreement (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

CREATE TABLE assurance_role_appointment (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    role     TEXT   NOT NULL,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

CREATE INDEX assurance_role_appointment_by_role ON assurance_role_appointment (role, id);

CREATE TABLE assurance_dspt_assessment (
    id       TEXT   COLLATE "C" PRIMARY KEY,
    document TEXT   NOT NULL,
    version  BIGINT NOT NULL CHECK (version >= 1)
);

CREATE TABLE assurance_attestation (
    fact_key  TEXT COLLATE "C" PRIMARY KEY,
    staff_id  TEXT COLLATE "C" NOT NULL,
    policy_id TEXT COLLATE "C" NOT NULL,
    document  TEXT NOT NULL
);

CREATE INDEX assurance_attestation_by_staff ON assurance_attestation (staff_id, fact_key);
CREATE INDEX assurance_attestation_by_policy ON assurance_attestation (policy_id, fact_key);

CREATE TABLE assurance_completion (
    fact_key  TEXT COLLATE "C" PRIMARY KEY,
    staff_id  TEXT COLLATE "C" NOT NULL,
    course_id TEXT COLLATE "C" NOT NULL,
    document  TEXT NOT NULL
);

CREATE INDEX assurance_completion_by_staff ON assurance_completion (staff_id, fact_key);
CREATE INDEX assurance_completion_by_course ON assurance_completion (course_id, fact_key);
