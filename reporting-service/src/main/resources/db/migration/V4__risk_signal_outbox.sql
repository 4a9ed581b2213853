-- A raised risk signal is published on Kafka (reporting.risk-raised.v1) after it is stored; published_at stays null
-- until the broker acknowledged it, so a crash in between sends it again (with the same ce_id) instead of losing it.
alter table risk_signal add column published_at timestamptz;
