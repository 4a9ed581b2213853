package org.petitionsuite.intake.it;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.testkit.TopicWriter;

/** Writes records on routing's topic as routing's publisher does, so intake's tests need no running routing service. */
final class RoutingTopic {
    private RoutingTopic() {
    }

    static void send(String petitionId, String value, String type, String ceId) throws Exception {
        TopicWriter.send(Topics.ROUTING_EVENTS, petitionId, type, ceId, value);
    }

    /**
     * The acceptance notice's last day routing publishes with these routes: 20 days from today, a day no profile
     * counts, so that a test sees intake take it rather than count its own (one owner per deadline).
     */
    static final LocalDate NOTICE_DUE = WorkingDayCalendar.dayOf(Instant.now()).plusDays(20);

    /** A petition.routed.v1 that forwards the petition to {@code organCode}, received by it now. */
    static void routeTo(String petitionId, String organCode, String mode, Integer reportWithinDays) throws Exception {
        routeTo(petitionId, organCode, mode, reportWithinDays, List.of());
    }

    /** As above, for a matter that accuses {@code accusedOrgans} (routing's decision, Art 30 ¶3). */
    static void routeTo(String petitionId, String organCode, String mode, Integer reportWithinDays, List<String> accusedOrgans)
            throws Exception {
        String value = """
                {"petitionId":"%s","placeOfMatter":"330102","organCode":"%s","organName":"某机关",
                 "organLevel":"COUNTY","organRegion":"330102","mode":"%s","reportWithinDays":%s,
                 "directoryVersion":"test","article":"条例 Art 22 ¶1","rationale":"测试","flags":[],
                 "routedAt":"%s","accusedOrgans":[%s],"noticeDue":"%s","objectionDue":"%s"}""".formatted(petitionId,
                organCode, mode, reportWithinDays, Instant.now(),
                String.join(",", accusedOrgans.stream().map(o -> "\"" + o + "\"").toList()), NOTICE_DUE, NOTICE_DUE);
        send(petitionId, value, "petition.routed.v1", UUID.randomUUID().toString());
    }
}
