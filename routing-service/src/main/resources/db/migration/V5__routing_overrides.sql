-- The last override of a decision by a person (petition.routing-overridden.v1).
ALTER TABLE routing_decision
    ADD COLUMN overridden_by   VARCHAR(255),
    ADD COLUMN override_reason TEXT;
