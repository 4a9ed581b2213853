-- One row per petition supervision has seen: its place and the organs it accuses (条例 Art 30 ¶3), so that no 督办
-- order names another region's petition or an accused organ, and an accused organ never sees the petition's clocks.
-- Filled from supervision's event store: after this migration, rebuild the read model (POST /api/v1/admin/read-model/rebuild).
CREATE TABLE supervision_case (
    petition_id         VARCHAR(64) PRIMARY KEY,
    place_code12        VARCHAR(12) NOT NULL,
    accused_organ_codes TEXT        NOT NULL DEFAULT ''
);
