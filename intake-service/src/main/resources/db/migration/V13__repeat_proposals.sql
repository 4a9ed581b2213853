-- Repeats proposed to a clerk (重复件, query/RepeatProposals): for a newly registered petition, earlier petitions of the
-- same county whose person, place, category family and text make them look like the same matter, one per matter, with
-- the signals and the score; PROPOSED until a clerk confirms (MatterJoined) or rejects (RepeatRejected). Part of the
-- read model: rebuilt from the events.
CREATE TABLE repeat_proposal (
    petition_id          VARCHAR(36)      NOT NULL,
    candidate_id         VARCHAR(36)      NOT NULL,
    matter_id            VARCHAR(36)      NOT NULL,
    score                DOUBLE PRECISION NOT NULL,
    same_person          BOOLEAN          NOT NULL,
    same_place           BOOLEAN          NOT NULL,
    same_category_family BOOLEAN          NOT NULL,
    text_similarity      DOUBLE PRECISION NOT NULL,
    state                VARCHAR(12)      NOT NULL,
    decided_by           VARCHAR(255),
    decided_at           TIMESTAMPTZ,
    CONSTRAINT repeat_proposal_pk PRIMARY KEY (petition_id, candidate_id)
);
-- Candidates come from the same county, newest first within the look-back window.
CREATE INDEX petition_view_county_received ON petition_view (substring(place_code12, 1, 6), received_at DESC);
