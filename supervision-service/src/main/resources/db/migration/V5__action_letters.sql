-- The letter each 督办 order or recommendation is issued with (ActionLetter): its 文号 and the facts its template is
-- filled with; NULL for actions issued before letters existed.
ALTER TABLE supervision_action ADD COLUMN letter_number VARCHAR(200);
ALTER TABLE supervision_action ADD COLUMN letter_fields JSONB;

-- 文号 (GB/T 9704 §7.2.3): each issuing department (by region code) numbers each series of its letters from 1 every
-- year (documents/DocumentSequences). Not rebuilt from events: the numbers given are in the ActionLetter events, this
-- row only says where the department's sequence stands.
CREATE TABLE document_number (
    organ_code  VARCHAR(64) NOT NULL,
    series      VARCHAR(8)  NOT NULL,
    year        INT         NOT NULL,
    last_number BIGINT      NOT NULL,
    PRIMARY KEY (organ_code, series, year)
);
