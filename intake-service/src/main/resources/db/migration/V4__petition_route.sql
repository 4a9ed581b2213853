-- Routing's route, noted on the petition (RouteNoted): null until routed.
ALTER TABLE petition_view
    ADD COLUMN receiving_organ_code VARCHAR(64),
    ADD COLUMN receiving_organ_name VARCHAR(200),
    ADD COLUMN route_mode           VARCHAR(10),
    ADD COLUMN report_within_days   INTEGER;
CREATE INDEX petition_view_receiving_organ_idx ON petition_view (receiving_organ_code);
