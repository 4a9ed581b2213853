-- Routing's classification, noted on the petition (ClassificationNoted): null until routing decided.
ALTER TABLE petition_view
    ADD COLUMN kind                   VARCHAR(30),
    ADD COLUMN legal_channel          VARCHAR(40),
    ADD COLUMN classification_article VARCHAR(200);
CREATE INDEX petition_view_legal_channel_idx ON petition_view (legal_channel);
