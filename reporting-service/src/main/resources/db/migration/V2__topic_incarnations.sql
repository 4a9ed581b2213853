-- The Kafka topic id of each topic the stored positions belong to. A topic deleted and created again (a new broker, a
-- restore) has a new id: its offsets start again, so the projection is emptied and rebuilt from its first record.
create table reporting_topic (
    topic    varchar(200) primary key,
    topic_id varchar(40)  not null
);

-- supervision's clock ids are per petition (ACCEPTANCE_NOTICE#2): a duty is the pair. The facts kept so far are
-- emptied with their positions, so the projection rebuilds from offset zero.
alter table duty_fact drop constraint duty_fact_pkey;
alter table duty_fact add primary key (petition_id, clock_id);
update reporting_generation set generation = generation + 1;
truncate petition_fact, duty_fact, evaluation_fact, reporting_applied_event, reporting_rejected_event, reporting_offset,
    risk_signal;
