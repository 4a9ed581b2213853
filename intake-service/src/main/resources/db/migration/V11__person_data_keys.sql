-- Person keys (个人信息保护法 Art 47, a person's own erasure): one petitioner's identity (name, ID number, phone,
-- address) is sealed with a key of that person, shared by all their petitions when they gave a resident ID number, so
-- that erasing the person reaches every petition at once. The petition's own key (personal_data_key) keeps sealing the
-- free texts and documents. key_id is random: nothing in the event store links a sealed value to the ID number.
CREATE TABLE person_data_key (
    key_id         VARCHAR(36) PRIMARY KEY,
    -- the ID number's pseudonym while the key is live or petitions are still to be marked erased; NULL after that,
    -- and for a petitioner without an ID number
    pseudonym      VARCHAR(64),
    wrapped_key    BYTEA,
    created_at     TIMESTAMPTZ NOT NULL,
    erased_at      TIMESTAMPTZ,
    erased_by      VARCHAR(200),
    erasure_reason TEXT
);

-- One live key per person; an erased person who petitions again gets a new key.
CREATE UNIQUE INDEX person_data_key_live ON person_data_key (pseudonym) WHERE wrapped_key IS NOT NULL;
CREATE INDEX person_data_key_pseudonym ON person_data_key (pseudonym);

-- Which petitioner of which petition is sealed with which person key; erased_at once the petition has recorded the
-- erasure (PetitionerErased), so that an erasure interrupted half-way can be finished by asking again.
CREATE TABLE petitioner_data_key (
    petition_id      VARCHAR(64) NOT NULL,
    petitioner_index INTEGER     NOT NULL,
    key_id           VARCHAR(36) NOT NULL REFERENCES person_data_key (key_id),
    erased_at        TIMESTAMPTZ,
    PRIMARY KEY (petition_id, petitioner_index)
);
CREATE INDEX petitioner_data_key_key ON petitioner_data_key (key_id);
