package org.petitionsuite.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.intake.api.ComplainedOrgan;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisteringOrgan;
import org.petitionsuite.intake.domain.ResidentIdNumber;

/** Valid registrations to start tests from; each call gives a fresh source reference unless one is asked for. */
public final class Samples {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Samples() {
    }

    /** A valid ID number: the given 17 digits and their GB 11643 check character. */
    public static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static Petitioner petitioner(String name, String idFirst17, boolean representative) {
        return new Petitioner(name, idFirst17 == null ? null : idNumber(idFirst17), "13957112345",
                "浙江省杭州市上城区某街道某小区", false, representative);
    }

    public static PetitionDetails details() {
        return details("it-" + UUID.randomUUID());
    }

    public static PetitionDetails details(String sourceReference) {
        return new PetitionDetails(
                List.of(petitioner("王建国", "33010219750312451", false)),
                Channel.LETTER,
                Purpose.SEEK_RESOLUTION,
                "劳动和社会保障_工资拖欠",
                "请求督促某公司支付拖欠工资。",
                "2026年7月至9月工资未发放，多次讨要未果。",
                "330102",
                1,
                false,
                null,
                new RegisteringOrgan("330102-xfj", "上城区信访局", "330102"),
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                "county-a",
                sourceReference,
                null,
                List.of(new ComplainedOrgan("330102-rsj", "上城区人力资源和社会保障局")));
    }

    /** A collective visit with {@code representatives} representatives out of {@code people} people. */
    public static PetitionDetails collectiveVisit(int representatives, int people) {
        List<Petitioner> petitioners = java.util.stream.IntStream.range(0, representatives)
                .mapToObj(i -> petitioner("代表" + i, String.format("33011019700101%03d", i), true))
                .toList();
        PetitionDetails d = details();
        return new PetitionDetails(petitioners, Channel.VISIT, d.purpose(), d.contentCategory(), d.request(),
                d.factsAndReasons(), d.placeOfMatter(), people, true, null, d.registeringOrgan(), d.receivedAt(),
                d.sourceSystem(), d.sourceReference(), null, d.complainedOrgans());
    }

    /** The registration as a mutable JSON tree, for tests that break it. */
    public static Map<String, Object> json(PetitionDetails details) {
        return JSON.convertValue(details, new TypeReference<>() {
        });
    }

    public static Map<String, Object> json() {
        return json(details());
    }
}
