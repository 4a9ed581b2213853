-- The matter each decision was made on (MatterRecorded), for what-if replays of draft catalogs.
-- A row exists from the moment the matter is recorded; kind and channel follow with the classification.
ALTER TABLE routing_decision
    ADD COLUMN purpose           VARCHAR(30),
    ADD COLUMN content_category  VARCHAR(100),
    ADD COLUMN request           TEXT,
    ADD COLUMN facts_and_reasons TEXT,
    ADD COLUMN collective        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN accused_target    VARCHAR(200),
    ALTER COLUMN kind DROP NOT NULL,
    ALTER COLUMN channel DROP NOT NULL,
    ALTER COLUMN catalog_version DROP NOT NULL,
    ALTER COLUMN rule_id DROP NOT NULL,
    ALTER COLUMN article DROP NOT NULL,
    ALTER COLUMN rationale DROP NOT NULL,
    ALTER COLUMN evidence DROP NOT NULL,
    ALTER COLUMN classified_at DROP NOT NULL,
    ALTER COLUMN registration_id DROP NOT NULL;
