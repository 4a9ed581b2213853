-- 被投诉机关: one row per petition and organ complained about, so that the annual report can name the organs most
-- complained about (条例 Art 41 ¶1(一)). Filled from petition.registered.v1's complainedOrgans.
create table complaint_fact (
    petition_id  varchar(64)  not null,
    organ_code   varchar(64)  not null,
    organ_name   varchar(200) not null,
    primary key (petition_id, organ_code)
);
