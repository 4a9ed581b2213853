-- Art 30 ¶3: the organs a matter complains about (from intake) and the organs routing found it accuses.
ALTER TABLE routing_decision
    ADD COLUMN complained_organs JSONB,
    ADD COLUMN accused_organs    JSONB;
