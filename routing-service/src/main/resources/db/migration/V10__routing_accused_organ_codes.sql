-- The accused organs as |code|code| text, so that a queue query can leave out what the caller's organ is accused in
-- (条例 Art 30 ¶3); replaces V9's JSON column, which no query could filter on. The source system, so that an
-- integrator reads only its own system's decisions. Rebuild the read model after it.
ALTER TABLE routing_decision
    DROP COLUMN accused_organs,
    ADD COLUMN accused_organ_codes TEXT NOT NULL DEFAULT '',
    ADD COLUMN source_system VARCHAR(64);
