-- 被投诉机关 by organ code (条例 Art 41 ¶1(一)). Petitions registered before this column existed named none.
ALTER TABLE petition_view
    ADD COLUMN complained_organs JSONB NOT NULL DEFAULT '[]';
