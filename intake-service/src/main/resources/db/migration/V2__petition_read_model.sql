-- Query side: the petition read model, rebuilt from the event store by the 'petition-read-model' processor.
CREATE TABLE petition_view (
    petition_id            VARCHAR(36)   NOT NULL,
    status                 VARCHAR(40)   NOT NULL,
    received_at            TIMESTAMPTZ   NOT NULL,
    registered_at          TIMESTAMPTZ   NOT NULL,
    registered_by          VARCHAR(255)  NOT NULL,
    channel                VARCHAR(20)   NOT NULL,
    purpose                VARCHAR(30)   NOT NULL,
    content_category       VARCHAR(100)  NOT NULL,
    request                TEXT          NOT NULL,
    facts_and_reasons      TEXT          NOT NULL,
    place_of_matter        VARCHAR(12)   NOT NULL,
    -- The place and the registering region as 12 digits, so that "inside region R" is a prefix match.
    place_code12           VARCHAR(12)   NOT NULL,
    number_of_people       INTEGER       NOT NULL,
    collective             BOOLEAN       NOT NULL,
    accused_target         VARCHAR(200),
    registering_organ_code VARCHAR(64)   NOT NULL,
    registering_organ_name VARCHAR(100)  NOT NULL,
    registering_region12   VARCHAR(12)   NOT NULL,
    source_system          VARCHAR(64)   NOT NULL,
    source_reference       VARCHAR(128),
    petitioners            JSONB         NOT NULL,
    CONSTRAINT petition_view_pk PRIMARY KEY (petition_id)
);
CREATE INDEX petition_view_received_idx ON petition_view (received_at DESC, petition_id);
CREATE INDEX petition_view_place_idx ON petition_view (place_code12 text_pattern_ops);
CREATE INDEX petition_view_registering_region_idx ON petition_view (registering_region12 text_pattern_ops);
