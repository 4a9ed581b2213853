-- The catalog's confidence in its decision and the petition department's confirmation or correction (issue 19):
-- LOW and not yet confirmed is the confirmation queue; the confirmed channel is the label what-if measures drafts by.
ALTER TABLE routing_decision
    ADD COLUMN confidence        VARCHAR(8),
    ADD COLUMN alternatives      JSONB,
    ADD COLUMN catalog_channel   VARCHAR(40),
    ADD COLUMN catalog_rule_id   VARCHAR(64),
    ADD COLUMN confirmation      VARCHAR(12),
    ADD COLUMN confirmed_channel VARCHAR(40),
    ADD COLUMN confirmed_by      VARCHAR(255),
    ADD COLUMN confirmed_at      TIMESTAMPTZ;
CREATE INDEX routing_decision_unconfirmed_idx ON routing_decision (classified_at)
    WHERE confidence = 'LOW' AND confirmation IS NULL;
