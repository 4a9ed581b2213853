package org.petitionsuite.reporting.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.testkit.PackagedService;
import org.petitionsuite.testkit.PlainJvm;

/** The packaged reporting service on the test database, and the registrations the process tests feed it. */
final class PackagedReporting {
    static final String APPLIED = "reporting_projection_records_total{outcome=\"applied\"";

    private PackagedReporting() {
    }

    /** One instance in consumer group {@code group}; the first of a test empties the database. */
    static PackagedService start(String logDir, String run, String group, boolean cleanDatabase) throws Exception {
        List<String> properties = new ArrayList<>(List.of("reporting.consumer.group-id=" + group,
                "reporting.risk.check-every=off"));
        if (cleanDatabase) {
            properties.addAll(List.of("quarkus.flyway.clean-at-start=true", "quarkus.flyway.clean-disabled=false"));
        }
        return PackagedService.start(logDir, run, properties,
                Map.of("REPORTING_DB", "petition_reporting_test", "KAFKA_BOOTSTRAP_SERVERS", PlainJvm.BOOTSTRAP));
    }

    /** A township of 雁塔区 and a day of its own, so that earlier runs on the same broker never change its figures. */
    record Cohort(String township, LocalDate day) {
        static Cohort random() {
            Random random = new Random();
            return new Cohort("610113" + String.format("%03d", 1 + random.nextInt(999)),
                    LocalDate.of(2001, 1, 1).plusDays(random.nextInt(6000)));
        }

        String indicators() {
            return "/api/v1/reporting/indicators?region=" + township + "000&from=" + day + "&to=" + day;
        }
    }

    /** {@code volume.items} of an indicators answer. */
    static int items(String indicators) throws Exception {
        return FixedEventSet.JSON.readTree(indicators).get("volume").get("items").asInt();
    }

    /** A registration on {@code day} in village {@code 1 + n % 20} of the township, with the ids given. */
    static void register(String id, String ceId, String township, int n, LocalDate day, Channel channel) throws Exception {
        FixedEventSet.registration(id, ceId, day, channel, 1, false, true, "城乡建设_征地拆迁",
                township + String.format("%03d", 1 + n % 20));
    }
}
