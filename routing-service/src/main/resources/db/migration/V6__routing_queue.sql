-- When each petition reached its current organ, for that organ's work queue.
ALTER TABLE routing_decision ADD COLUMN routed_at TIMESTAMPTZ;
CREATE INDEX routing_decision_queue_idx ON routing_decision (organ_code, routed_at);
