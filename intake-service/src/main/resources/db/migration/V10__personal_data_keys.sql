-- The data keys of personal data at rest (crypto-shredding, 个人信息保护法 Art 47): one per petition, wrapped under the
-- master key. Erasure sets wrapped_key to NULL and keeps when, by whom and why; the sealed values in the event store
-- can then never be opened again.
CREATE TABLE personal_data_key (
    petition_id    VARCHAR(64) PRIMARY KEY,
    wrapped_key    BYTEA,
    created_at     TIMESTAMPTZ NOT NULL,
    erased_at      TIMESTAMPTZ,
    erased_by      VARCHAR(200),
    erasure_reason TEXT
);

ALTER TABLE petition_view
    ADD COLUMN personal_data_erased_at TIMESTAMPTZ;
