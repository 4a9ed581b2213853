-- Supervision's read model, rebuilt from its event store (POST /api/v1/admin/read-model/rebuild).

-- One row per clock. due_day is computed with the profile and calendar in force when the row was last written, so a
-- rebuild after a calendar correction re-computes it.
CREATE TABLE supervision_clock (
    clock_key       VARCHAR(120) PRIMARY KEY,  -- petition id / clock id
    petition_id     VARCHAR(64)  NOT NULL,
    clock_id        VARCHAR(40)  NOT NULL,
    step            VARCHAR(30)  NOT NULL,
    duty            BOOLEAN      NOT NULL,
    organ_code      VARCHAR(64),
    place_of_matter VARCHAR(12)  NOT NULL,
    place_code12    VARCHAR(12)  NOT NULL,
    start_day       DATE         NOT NULL,
    period_days     INTEGER,
    extension_days  INTEGER      NOT NULL DEFAULT 0,
    paused          TEXT         NOT NULL DEFAULT '',  -- FROM..TO;FROM..TO
    due_day         DATE         NOT NULL,
    article         VARCHAR(60)  NOT NULL,
    profile         VARCHAR(60)  NOT NULL,
    state           VARCHAR(12)  NOT NULL,              -- RUNNING, DONE, CANCELLED
    stopped_on      DATE,
    timely          BOOLEAN,
    warned_on       DATE,
    breached_on     DATE,
    supervision_checked BOOLEAN  NOT NULL DEFAULT FALSE, -- Art 43: 督办 found, or its absence recorded as a defect
    started_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX supervision_clock_petition_idx ON supervision_clock (petition_id);
CREATE INDEX supervision_clock_running_idx ON supervision_clock (due_day) WHERE state = 'RUNNING' AND duty;
CREATE INDEX supervision_clock_organ_idx ON supervision_clock (organ_code, state);

-- Art 43–45 defects, one row per defect of a petition (and clock).
CREATE TABLE supervision_defect (
    defect_key      VARCHAR(160) PRIMARY KEY,  -- petition id / defect / clock id
    petition_id     VARCHAR(64)  NOT NULL,
    place_code12    VARCHAR(12)  NOT NULL,
    defect          VARCHAR(40)  NOT NULL,
    article         VARCHAR(60)  NOT NULL,
    organ_code      VARCHAR(64)  NOT NULL,
    clock_id        VARCHAR(40),
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX supervision_defect_petition_idx ON supervision_defect (petition_id);
CREATE INDEX supervision_defect_organ_idx ON supervision_defect (organ_code);

-- 督办 orders and the three recommendations, with their response and closure.
CREATE TABLE supervision_action (
    action_id       VARCHAR(64)  PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    article         VARCHAR(60)  NOT NULL,
    organ_code      VARCHAR(64)  NOT NULL,
    region_code12   VARCHAR(12)  NOT NULL,
    petition_ids    JSONB        NOT NULL DEFAULT '[]'::jsonb,
    reasons         TEXT,
    response_due    DATE         NOT NULL,
    issued_by       VARCHAR(200),
    issued_at       TIMESTAMPTZ  NOT NULL,
    state           VARCHAR(12)  NOT NULL,              -- OPEN, RESPONDED, CLOSED
    response_text   TEXT,
    adoption        VARCHAR(20),
    responded_by    VARCHAR(200),
    responded_at    TIMESTAMPTZ,
    timely          BOOLEAN,
    overdue_on      DATE,
    closed_by       VARCHAR(200),
    closed_at       TIMESTAMPTZ,
    closing_note    TEXT
);
CREATE INDEX supervision_action_petitions_idx ON supervision_action USING gin (petition_ids);
CREATE INDEX supervision_action_organ_idx ON supervision_action (organ_code, state);
