-- Events a read model could not apply (Axon's sequenced dead-letter queue, kit.axon.DeadLetters): the processor moves
-- on, and the petition's later events wait behind the failed one (same sequence) until an admin retries or discards
-- them. Repeatable and idempotent: it lives beside the event store's V1 in every event-sourced service.
CREATE TABLE IF NOT EXISTS dead_letter_entry (
    dead_letter_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    type                 VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_sequence_index UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX IF NOT EXISTS dead_letter_processing_group ON dead_letter_entry (processing_group);
CREATE INDEX IF NOT EXISTS dead_letter_sequence ON dead_letter_entry (processing_group, sequence_identifier);
