-- reporting-service's projection: facts per petition, per statutory duty and per evaluation, fed from the three
-- topics; the Kafka position of every partition and the ids of the events applied live in the same database and are
-- written in the same transaction as the facts, so a crash or a redelivery never counts twice or skips.

create table reporting_offset (
    topic       varchar(200) not null,
    partition   integer      not null,
    next_offset bigint       not null,
    primary key (topic, partition)
);

-- Bumped by every rebuild: an instance whose batch was read before the bump seeks back to the stored offsets first.
create table reporting_generation (
    id         integer primary key check (id = 1),
    generation bigint  not null
);
insert into reporting_generation (id, generation) values (1, 0);

-- ce_id of every event applied: a record published twice (same ce_id, another offset) is applied once.
create table reporting_applied_event (
    ce_id varchar(100) primary key
);

-- Records that could not be read (no ce_type/ce_id, or data not of its type): kept, never counted.
create table reporting_rejected_event (
    topic      varchar(200) not null,
    partition  integer      not null,
    record_offset bigint    not null,
    reason     varchar(500) not null,
    primary key (topic, partition, record_offset)
);

-- One row per petition (信访件). Columns fill as the events arrive, in any order across topics.
create table petition_fact (
    petition_id        varchar(64) primary key,
    registered_on      date,
    received_on        date,
    channel            varchar(20),
    purpose            varchar(30),
    content_category   varchar(200),
    place_code12       char(12),
    number_of_people   integer,
    collective         boolean,
    first_time         boolean,
    registering_organ  varchar(64),
    petition_kind      varchar(30),
    legal_channel      varchar(40),
    routed_organ       varchar(64),
    routed_organ_name  varchar(200),
    accepted           boolean,
    answered_on        date,
    answer_timely      boolean,
    handling_lapsed    boolean not null default false,
    concluded_on       date,
    resolved_first     boolean
);
create index petition_fact_registered on petition_fact (registered_on);
create index petition_fact_place on petition_fact (place_code12 bpchar_pattern_ops);

-- One row per statutory duty clock of supervision (T1 forwarding, T4 acceptance notice, T6 handling, ...).
create table duty_fact (
    clock_id      varchar(200) primary key,
    petition_id   varchar(64)  not null,
    step          varchar(40)  not null,
    organ_code    varchar(64),
    place_code12  char(12),
    due           date,
    met_on        date,
    timely        boolean,
    breached_on   date
);
create index duty_fact_petition on duty_fact (petition_id);

-- The petitioner's evaluation of the petition department or the responsible unit, or its lapse (超期未评价).
create table evaluation_fact (
    petition_id   varchar(64) not null,
    target        varchar(30) not null,
    satisfaction  varchar(30),
    lapsed        boolean     not null default false,
    primary key (petition_id, target)
);

-- Risk early warnings raised (one per region, category and week).
create table risk_signal (
    region        varchar(12)  not null,
    category      varchar(200) not null,
    week_start    date         not null,
    observed      integer      not null,
    baseline      numeric(10, 2) not null,
    raised_at     timestamptz  not null,
    primary key (region, category, week_start)
);
