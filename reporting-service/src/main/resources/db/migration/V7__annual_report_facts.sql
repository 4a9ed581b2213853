-- 条例 Art 41 ¶1(二)(三), for the annual report: how each petition went to its organ (转送 or 交办), and every 督办
-- order and Art 40 recommendation issued, answered in writing and what the organ adopted.
alter table petition_fact add column route_mode varchar(10);

create table action_fact (
    action_id     varchar(64) primary key,
    kind          varchar(40),
    organ_code    varchar(64),
    region_code12 char(12),
    issued_on     date,
    response_due  date,
    responded_on  date,
    timely        boolean,
    adoption      varchar(20)
);
create index action_fact_region_idx on action_fact (region_code12, issued_on);
