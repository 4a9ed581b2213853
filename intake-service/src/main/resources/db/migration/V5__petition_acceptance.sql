-- The acceptance decision (PetitionAccepted / PetitionDeclined, 条例 Art 23): null until decided.
ALTER TABLE petition_view
    ADD COLUMN acceptance_decided_at TIMESTAMPTZ,
    ADD COLUMN acceptance_notice_due DATE,
    ADD COLUMN acceptance_timely     BOOLEAN,
    ADD COLUMN decline_reason        TEXT,
    ADD COLUMN decline_channel       VARCHAR(40),
    ADD COLUMN decline_article       VARCHAR(200);
