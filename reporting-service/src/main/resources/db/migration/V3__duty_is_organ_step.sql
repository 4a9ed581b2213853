-- A duty is an organ's step on a petition. supervision numbers its clocks per petition (ACCEPTANCE_NOTICE#2) in the
-- order it observed them, which another instance (a blue/green deployment, a rebuild) may number differently; the
-- organ and the step do not change. The facts kept so far are emptied with their positions: the projection rebuilds.
update reporting_generation set generation = generation + 1;
truncate petition_fact, duty_fact, evaluation_fact, reporting_applied_event, reporting_rejected_event, reporting_offset,
    risk_signal;
alter table duty_fact drop constraint duty_fact_pkey;
alter table duty_fact alter column organ_code set not null;
alter table duty_fact add primary key (petition_id, step, organ_code);
