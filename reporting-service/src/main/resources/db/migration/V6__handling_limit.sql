-- Whether the 条例 Art 34 handling limit governs the accepted petition (the petition track, Art 31(六)), as intake
-- published it with the acceptance; 按期答复率 counts only those. Rebuild the projection after it.
ALTER TABLE petition_fact
    ADD COLUMN handling_limit BOOLEAN NOT NULL DEFAULT TRUE;
