-- What Art 19 ¶3 needs: who raised each matter (pseudonyms), at which level, and which organ accepted it when.
ALTER TABLE routing_decision
    ADD COLUMN pseudonyms           JSONB NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN registering_region12 VARCHAR(12),
    ADD COLUMN accepted_by_organ    VARCHAR(64),
    ADD COLUMN accepted_region12    VARCHAR(12),
    ADD COLUMN accepted_at          TIMESTAMPTZ;
CREATE INDEX routing_decision_pseudonyms_idx ON routing_decision USING gin (pseudonyms);
CREATE INDEX routing_decision_accepted_idx ON routing_decision (accepted_at);
