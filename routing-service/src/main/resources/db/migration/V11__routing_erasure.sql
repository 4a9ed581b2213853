-- When intake erased the petition's personal data (个人信息保护法 Art 47): request, facts and reasons and accused target
-- then read 已删除, pseudonyms are empty, and what-if leaves the matter out.
ALTER TABLE routing_decision
    ADD COLUMN erased_at TIMESTAMPTZ;
