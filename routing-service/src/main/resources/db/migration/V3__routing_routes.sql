-- The route of each petition (petition.routed.v1): receiving organ, forward or assign, deadline, flags.
ALTER TABLE routing_decision
    ADD COLUMN organ_code          VARCHAR(64),
    ADD COLUMN organ_name          VARCHAR(200),
    ADD COLUMN organ_level         VARCHAR(20),
    ADD COLUMN organ_region        VARCHAR(12),
    ADD COLUMN route_mode          VARCHAR(10),
    ADD COLUMN report_within_days  INTEGER,
    ADD COLUMN directory_version   VARCHAR(100),
    ADD COLUMN route_article       VARCHAR(200),
    ADD COLUMN route_rationale     TEXT,
    ADD COLUMN route_flags         JSONB;
CREATE INDEX routing_decision_organ_idx ON routing_decision (organ_code);
