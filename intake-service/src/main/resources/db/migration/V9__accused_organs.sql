-- Routing's accusedOrgans (条例 Art 30 ¶3) as |code|code|: the organs that may never see or act on the petition.
ALTER TABLE petition_view
    ADD COLUMN accused_organ_codes TEXT NOT NULL DEFAULT '';
