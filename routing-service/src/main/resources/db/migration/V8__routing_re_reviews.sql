-- What Art 36 ¶3 needs: the matter (intake's matter id) whose re-review opinion was issued on this petition, by whom, when.
ALTER TABLE routing_decision
    ADD COLUMN re_review_matter_id VARCHAR(64),
    ADD COLUMN re_review_organ     VARCHAR(64),
    ADD COLUMN re_review_issued_at TIMESTAMPTZ;
CREATE INDEX routing_decision_re_review_matter_idx ON routing_decision (re_review_matter_id);
