-- 文号 (GB/T 9704 §7.2.3): each issuing organ numbers each series of its documents from 1 every year. One row per
-- organ, series and year holds the last number given; SequencedDocumentNumbers advances it in the command's
-- transaction. Not rebuilt from events: the numbers given are in the DocumentIssued events, this row only says
-- where the organ's sequence stands.
CREATE TABLE document_number (
    organ_code  VARCHAR(64) NOT NULL,
    series      VARCHAR(8)  NOT NULL,
    year        INT         NOT NULL,
    last_number BIGINT      NOT NULL,
    PRIMARY KEY (organ_code, series, year)
);
