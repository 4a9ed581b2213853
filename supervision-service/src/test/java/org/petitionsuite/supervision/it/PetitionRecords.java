package org.petitionsuite.supervision.it;

import java.util.UUID;
import org.petitionsuite.contract.Topics;
import org.petitionsuite.testkit.TopicWriter;

/** Intake's and routing's records as those services write them, for a petition about a matter in Shangcheng district. */
final class PetitionRecords {
    private PetitionRecords() {
    }

    /** Registered in Hangzhou's Shangcheng district (Zhejiang profile) on {@code day}, by the city's petition bureau. */
    static void registered(String petitionId, String day) throws Exception {
        TopicWriter.send(Topics.INTAKE_EVENTS, petitionId, "petition.registered.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","registeredAt":"%sT02:00:00Z","receivedAt":"%sT01:00:00Z","channel":"LETTER",
                 "purpose":"SEEK_RESOLUTION","contentCategory":"劳动和社会保障_工资拖欠","request":"请求支付工资",
                 "factsAndReasons":"见请求","placeOfMatter":"330102","numberOfPeople":1,"collective":false,"petitioners":[],
                 "accusedTarget":null,"registeringOrgan":{"code":"330100-xfj","name":"杭州市信访局","regionCode":"330100"},
                 "sourceSystem":"test","sourceReference":null,"matterId":"%s","firstTime":true}"""
                .formatted(petitionId, day, day, petitionId));
    }

    /** Forwarded on {@code day} to the district's labour bureau, which has power to handle it. */
    static void routed(String petitionId, String day, String ceId) throws Exception {
        TopicWriter.send(Topics.ROUTING_EVENTS, petitionId, "petition.routed.v1", ceId, """
                {"petitionId":"%s","placeOfMatter":"330102","organCode":"330102-rsj","organName":"杭州市上城区人力资源和社会保障局",
                 "organLevel":"COUNTY","organRegion":"330102","mode":"FORWARD","reportWithinDays":null,
                 "directoryVersion":"d","article":"条例 Art 22 ¶1(一)(二)","rationale":"有处理权","flags":[],
                 "routedAt":"%sT03:00:00Z"}""".formatted(petitionId, day));
    }

    /** Forwarded on {@code day} to the city's discipline commission: the matter accuses the district's (Art 30 ¶3). */
    static void routedAsAccusation(String petitionId, String day) throws Exception {
        TopicWriter.send(Topics.ROUTING_EVENTS, petitionId, "petition.routed.v1", UUID.randomUUID().toString(), """
                {"petitionId":"%s","placeOfMatter":"330102","organCode":"330100-jw","organName":"杭州市纪委监委",
                 "organLevel":"CITY","organRegion":"330100","mode":"FORWARD","reportWithinDays":null,
                 "directoryVersion":"d","article":"条例 Art 22 ¶1(一)(二), Art 30 ¶3","rationale":"上一级",
                 "flags":["ACCUSED_ORGAN_EXCLUDED"],"routedAt":"%sT03:00:00Z","accusedOrgans":["330102-jw"]}"""
                .formatted(petitionId, day));
    }
}
