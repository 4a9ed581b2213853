-- Handling (条例 Art 31(六), 32–34): due date with extensions, the opinion's outcome and timing.
ALTER TABLE petition_view
    ADD COLUMN handling_due      DATE,
    ADD COLUMN extension_days    INTEGER,
    ADD COLUMN opinion_outcome   VARCHAR(20),
    ADD COLUMN opinion_issued_at TIMESTAMPTZ,
    ADD COLUMN opinion_timely    BOOLEAN;
