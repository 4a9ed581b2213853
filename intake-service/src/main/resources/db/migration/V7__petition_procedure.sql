-- The procedure after the handling opinion (条例 Art 33–36), the matter (信访事项) an item belongs to, the organ that acts
-- now, the limit the clock watches, the satisfaction evaluation and the conclusion.
ALTER TABLE petition_view
    ADD COLUMN matter_id               VARCHAR(36),
    ADD COLUMN first_time              BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN repeat_of               VARCHAR(36),
    ADD COLUMN acting_organ_code       VARCHAR(100),
    ADD COLUMN next_limit_step         VARCHAR(30),
    ADD COLUMN next_limit_due          DATE,
    ADD COLUMN agreement_kind          VARCHAR(20),
    ADD COLUMN agreed_on               DATE,
    ADD COLUMN review_request_due      DATE,
    ADD COLUMN review_organ_code       VARCHAR(100),
    ADD COLUMN review_organ_name       VARCHAR(200),
    ADD COLUMN review_requested_on     DATE,
    ADD COLUMN review_answer_due       DATE,
    ADD COLUMN review_outcome          VARCHAR(20),
    ADD COLUMN review_timely           BOOLEAN,
    ADD COLUMN re_review_request_due   DATE,
    ADD COLUMN re_review_organ_code    VARCHAR(100),
    ADD COLUMN re_review_organ_name    VARCHAR(200),
    ADD COLUMN re_review_requested_on  DATE,
    ADD COLUMN re_review_answer_due    DATE,
    ADD COLUMN re_review_outcome       VARCHAR(20),
    ADD COLUMN re_review_timely        BOOLEAN,
    ADD COLUMN hearing_days            INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN evaluation_due          DATE,
    ADD COLUMN evaluation_open         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN department_satisfaction VARCHAR(30),
    ADD COLUMN unit_satisfaction       VARCHAR(30),
    ADD COLUMN conclusion_basis        VARCHAR(30),
    ADD COLUMN concluded_at            TIMESTAMPTZ;

CREATE INDEX petition_view_matter ON petition_view (matter_id);
-- The limit sweep looks for limits that ended.
CREATE INDEX petition_view_next_limit ON petition_view (next_limit_due) WHERE next_limit_due IS NOT NULL;
CREATE INDEX petition_view_evaluation ON petition_view (evaluation_due) WHERE evaluation_open;

-- The documents issued to petitioners, with the facts their templates are filled with.
CREATE TABLE petition_document (
    petition_id VARCHAR(36)  NOT NULL,
    document_id VARCHAR(60)  NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    number      VARCHAR(120) NOT NULL,
    fields      JSONB        NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (petition_id, document_id)
);
