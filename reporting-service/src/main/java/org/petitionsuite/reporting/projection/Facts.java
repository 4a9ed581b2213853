package org.petitionsuite.reporting.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.contract.EvaluationTarget;
import org.petitionsuite.contract.EventType;
import org.petitionsuite.contract.intake.AgreementRecordedV1;
import org.petitionsuite.contract.intake.EvaluatedV1;
import org.petitionsuite.contract.intake.HandlingOpinionIssuedV1;
import org.petitionsuite.contract.intake.LimitLapsedV1;
import org.petitionsuite.contract.intake.PetitionAcceptanceDecidedV1;
import org.petitionsuite.contract.intake.PetitionConcludedV1;
import org.petitionsuite.contract.intake.PetitionRegisteredV1;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.contract.supervision.ActionIssuedV1;
import org.petitionsuite.contract.supervision.ActionRespondedV1;
import org.petitionsuite.contract.routing.RoutingOverriddenV1;
import org.petitionsuite.contract.supervision.DeadlineApproachingV1;
import org.petitionsuite.contract.supervision.DeadlineBreachedV1;
import org.petitionsuite.contract.supervision.DeadlineMetV1;
import org.petitionsuite.contract.intake.MatterJoinedV1;
import org.petitionsuite.kit.kafka.ContractConsumer;
import org.petitionsuite.limits.WorkingDayCalendar;

/**
 * Writes what one contract event tells the indicators into the fact tables. Every statement is an upsert that sets
 * only the columns its event knows, so a petition's events may arrive in any order across the three topics; the
 * caller makes sure each event is applied once.
 */
final class Facts {
    private Facts() {
    }

    static void apply(Connection c, EventType type, ConsumerRecord<String, byte[]> r) throws SQLException {
        switch (type) {
            case PETITION_REGISTERED_V1 -> registered(c, data(r, PetitionRegisteredV1.class, type));
            case MATTER_JOINED_V1 -> {
                // A repeat confirmed after registration: no longer a first item (初次信访) of a matter of its own.
                MatterJoinedV1 e = data(r, MatterJoinedV1.class, type);
                set(c, e.petitionId(), "first_time", false);
            }
            case PETITION_CLASSIFIED_V1 -> {
                PetitionClassifiedV1 e = data(r, PetitionClassifiedV1.class, type);
                set(c, e.petitionId(), "petition_kind", name(e.kind()), "legal_channel", name(e.channel()));
            }
            case PETITION_ROUTED_V1 -> {
                PetitionRoutedV1 e = data(r, PetitionRoutedV1.class, type);
                set(c, e.petitionId(), "routed_organ", e.organCode(), "routed_organ_name", e.organName(), "route_mode", e.mode());
            }
            case ROUTING_OVERRIDDEN_V1 -> {
                RoutingOverriddenV1 e = data(r, RoutingOverriddenV1.class, type);
                set(c, e.petitionId(), "legal_channel", name(e.channel()), "routed_organ", e.organCode());
            }
            case PETITION_ACCEPTED_V1, PETITION_DECLINED_V1 -> {
                PetitionAcceptanceDecidedV1 e = data(r, PetitionAcceptanceDecidedV1.class, type);
                // 按期答复率 counts only what the Art 34 limit governs, as intake decided it (other channels: their own).
                set(c, e.petitionId(), "accepted", type == EventType.PETITION_ACCEPTED_V1,
                        "handling_limit", type != EventType.PETITION_ACCEPTED_V1 || e.handlingLimitApplies());
            }
            case HANDLING_OPINION_ISSUED_V1 -> {
                HandlingOpinionIssuedV1 e = data(r, HandlingOpinionIssuedV1.class, type);
                set(c, e.petitionId(), "answered_on", day(e.issuedAt()), "answer_timely", e.timely());
            }
            case AGREEMENT_RECORDED_V1 -> {
                AgreementRecordedV1 e = data(r, AgreementRecordedV1.class, type);
                set(c, e.petitionId(), "answered_on", e.agreedOn(), "answer_timely", e.timely());
            }
            case LIMIT_LAPSED_V1 -> lapsed(c, data(r, LimitLapsedV1.class, type));
            case EVALUATED_V1 -> {
                EvaluatedV1 e = data(r, EvaluatedV1.class, type);
                Sql.update(c, """
                        insert into evaluation_fact (petition_id, target, satisfaction, lapsed) values (?, ?, ?, false)
                        on conflict (petition_id, target) do update set satisfaction = excluded.satisfaction, lapsed = false""",
                        e.petitionId(), e.target().name(), e.satisfaction().name());
            }
            case PETITION_CONCLUDED_V1 -> {
                PetitionConcludedV1 e = data(r, PetitionConcludedV1.class, type);
                set(c, e.petitionId(), "concluded_on", day(e.concludedAt()),
                        "resolved_first", e.firstTime() && e.resolvedAtFirstHandling());
            }
            case DEADLINE_APPROACHING_V1 -> {
                DeadlineApproachingV1 e = data(r, DeadlineApproachingV1.class, type);
                duty(c, e.clockId(), e.petitionId(), e.step(), e.organCode(), e.placeOfMatter(), e.due(), null, null, null);
            }
            case DEADLINE_BREACHED_V1 -> {
                DeadlineBreachedV1 e = data(r, DeadlineBreachedV1.class, type);
                duty(c, e.clockId(), e.petitionId(), e.step(), e.organCode(), e.placeOfMatter(), e.due(), null, null,
                        e.breachedOn());
            }
            case DEADLINE_MET_V1 -> {
                DeadlineMetV1 e = data(r, DeadlineMetV1.class, type);
                duty(c, e.clockId(), e.petitionId(), e.step(), e.organCode(), e.placeOfMatter(), e.due(), e.metOn(),
                        e.timely(), null);
            }
            case ACTION_ISSUED_V1 -> {
                // Keyed by action: 督办 orders and Art 40 recommendations, for the annual report (条例 Art 41 ¶1(二)(三)).
                ActionIssuedV1 e = data(r, ActionIssuedV1.class, type);
                Sql.update(c, """
                        insert into action_fact (action_id, kind, organ_code, region_code12, issued_on, response_due)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (action_id) do update set kind = excluded.kind, organ_code = excluded.organ_code,
                            region_code12 = excluded.region_code12, issued_on = excluded.issued_on,
                            response_due = excluded.response_due""",
                        e.actionId(), name(e.kind()), e.organCode(), code12(e.regionCode()), day(e.issuedAt()), e.responseDue());
            }
            case ACTION_RESPONDED_V1 -> {
                ActionRespondedV1 e = data(r, ActionRespondedV1.class, type);
                Sql.update(c, """
                        insert into action_fact (action_id, kind, organ_code, response_due, responded_on, timely, adoption)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (action_id) do update set responded_on = excluded.responded_on,
                            timely = excluded.timely, adoption = excluded.adoption""",
                        e.actionId(), name(e.kind()), e.organCode(), e.responseDue(), day(e.respondedAt()), e.timely(),
                        name(e.adoption()));
            }
            default -> {
                // Counted by no indicator (documents, hearings, extensions, closures of actions, ...).
            }
        }
    }

    private static void registered(Connection c, PetitionRegisteredV1 e) throws SQLException {
        Sql.update(c, """
                insert into petition_fact (petition_id, registered_on, received_on, channel, purpose, content_category,
                    place_code12, number_of_people, collective, first_time, registering_organ)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (petition_id) do update set registered_on = excluded.registered_on,
                    received_on = excluded.received_on, channel = excluded.channel, purpose = excluded.purpose,
                    content_category = excluded.content_category, place_code12 = excluded.place_code12,
                    number_of_people = excluded.number_of_people, collective = excluded.collective,
                    first_time = excluded.first_time, registering_organ = excluded.registering_organ""",
                e.petitionId(), day(e.registeredAt()), day(e.receivedAt()), name(e.channel()), name(e.purpose()),
                e.contentCategory(), code12(e.placeOfMatter()), e.numberOfPeople(), e.collective(), e.firstTime(),
                e.registeringOrgan() == null ? null : e.registeringOrgan().code());
        if (e.complainedOrgans() != null) {
            for (PetitionRegisteredV1.ComplainedOrgan organ : e.complainedOrgans()) {
                Sql.update(c, """
                        insert into complaint_fact (petition_id, organ_code, organ_name) values (?, ?, ?)
                        on conflict (petition_id, organ_code) do update set organ_name = excluded.organ_name""",
                        e.petitionId(), organ.code(), organ.name());
            }
        }
    }

    /** HANDLING ended unanswered (超期未答复); EVALUATION ended with targets not evaluated (超期未评价). */
    private static void lapsed(Connection c, LimitLapsedV1 e) throws SQLException {
        if ("HANDLING".equals(e.step()) || "HANDLING_EXTENSION".equals(e.step())) {
            set(c, e.petitionId(), "handling_lapsed", true);
        } else if ("EVALUATION".equals(e.step()) && e.unevaluated() != null) {
            for (EvaluationTarget target : e.unevaluated()) {
                Sql.update(c, """
                        insert into evaluation_fact (petition_id, target, lapsed) values (?, ?, true)
                        on conflict (petition_id, target) do update set lapsed = evaluation_fact.satisfaction is null""",
                        e.petitionId(), target.name());
            }
        }
    }

    /** Sets the given columns ({@code "column", value, ...}) on the petition's row, creating it if it is not there yet. */
    private static void set(Connection c, String petitionId, Object... columnsAndValues) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(petitionId));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.add((String) columnsAndValues[i]);
            params.add(columnsAndValues[i + 1]);
        }
        Sql.update(c, "insert into petition_fact (petition_id, " + String.join(", ", columns) + ") values (?"
                + ", ?".repeat(columns.size()) + ") on conflict (petition_id) do update set "
                + String.join(", ", columns.stream().map(col -> col + " = excluded." + col).toList()), params.toArray());
    }

    /**
     * A statutory duty's row: one organ's step on one petition. What an earlier event set (met, breached) is kept when
     * a later one does not know it.
     */
    private static void duty(Connection c, String clockId, String petitionId, String step, String organ, String place,
                             LocalDate due, LocalDate metOn, Boolean timely, LocalDate breachedOn) throws SQLException {
        Sql.update(c, """
                insert into duty_fact (clock_id, petition_id, step, organ_code, place_code12, due, met_on, timely, breached_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (petition_id, step, organ_code) do update set due = excluded.due,
                    met_on = coalesce(excluded.met_on, duty_fact.met_on), timely = coalesce(excluded.timely, duty_fact.timely),
                    breached_on = coalesce(excluded.breached_on, duty_fact.breached_on)""",
                clockId, petitionId, step, organ == null ? "" : organ, code12(place), due, metOn, timely, breachedOn);
    }

    private static <T> T data(ConsumerRecord<String, byte[]> r, Class<T> type, EventType eventType) {
        return ContractConsumer.data(r, type, eventType.wireName());
    }

    /** The day in Beijing time: how the statistics are reported. */
    private static LocalDate day(Instant instant) {
        return instant == null ? null : WorkingDayCalendar.dayOf(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String code12(String place) {
        try {
            return place == null ? null : DivisionCode.parse(place).twelveDigits();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
