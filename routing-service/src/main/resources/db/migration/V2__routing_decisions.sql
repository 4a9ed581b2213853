-- Query side: routing decisions, rebuilt from routing's event store by the 'routing-read-model' processor.
CREATE TABLE routing_decision (
    petition_id      VARCHAR(36)  NOT NULL,
    place_of_matter  VARCHAR(12)  NOT NULL,
    -- 12 digits, so that "inside region R" is a prefix match.
    place_code12     VARCHAR(12)  NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    channel          VARCHAR(40)  NOT NULL,
    catalog_version  VARCHAR(200) NOT NULL,
    rule_id          VARCHAR(64)  NOT NULL,
    article          VARCHAR(200) NOT NULL,
    rationale        TEXT         NOT NULL,
    evidence         JSONB        NOT NULL,
    classified_at    TIMESTAMPTZ  NOT NULL,
    registration_id  VARCHAR(64)  NOT NULL,
    CONSTRAINT routing_decision_pk PRIMARY KEY (petition_id)
);
CREATE INDEX routing_decision_place_idx ON routing_decision (place_code12 text_pattern_ops);
CREATE INDEX routing_decision_channel_idx ON routing_decision (channel);
