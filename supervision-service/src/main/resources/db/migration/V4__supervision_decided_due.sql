-- The last day of a clock as its owner published it (routing for the acceptance notice and objection, intake for the
-- procedure's later steps); null where supervision counts it itself. Rebuild the read model after it.
ALTER TABLE supervision_clock
    ADD COLUMN decided_due DATE;
