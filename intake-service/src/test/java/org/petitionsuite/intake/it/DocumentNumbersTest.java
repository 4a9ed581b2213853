package org.petitionsuite.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.intake.command.DocumentNumbers;

/**
 * 文号 from the organ's sequence in intake's database: consecutive, never given twice under concurrent issuers, and
 * given back by a command that rolls back (no gaps in an organ's register).
 */
@QuarkusTest
class DocumentNumbersTest {
    @Inject
    DocumentNumbers numbers;

    private static String organ() {
        return "it-" + UUID.randomUUID();
    }

    private String next(String organ, DocumentType type) {
        return QuarkusTransaction.requiringNew().call(() -> numbers.next(organ, "上城信", type, 2026));
    }

    @Test
    void eachOrganAndSeriesCountsFromOne() {
        String a = organ();
        String b = organ();
        assertThat(next(a, DocumentType.HANDLING_OPINION)).isEqualTo("上城信处〔2026〕1号");
        assertThat(next(a, DocumentType.HANDLING_OPINION)).isEqualTo("上城信处〔2026〕2号");
        assertThat(next(a, DocumentType.FORWARDING_SLIP)).isEqualTo("上城信转〔2026〕1号");
        assertThat(next(b, DocumentType.HANDLING_OPINION)).isEqualTo("上城信处〔2026〕1号");
    }

    @Test
    void concurrentIssuersNeverShareANumber() throws Exception {
        String organ = organ();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> issued = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                issued.add(pool.submit(() -> next(organ, DocumentType.ACCEPTANCE_NOTICE)));
            }
            List<String> got = new ArrayList<>();
            for (Future<String> f : issued) {
                got.add(f.get());
            }
            assertThat(got).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 80).mapToObj(n -> "上城信受〔2026〕" + n + "号").toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCommandThatRollsBackGivesItsNumberBack() {
        String organ = organ();
        assertThat(next(organ, DocumentType.EXTENSION_NOTICE)).isEqualTo("上城信延〔2026〕1号");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(numbers.next(organ, "上城信", DocumentType.EXTENSION_NOTICE, 2026)).isEqualTo("上城信延〔2026〕2号");
            throw new IllegalStateException("the command is refused after numbering");
        })).hasMessageContaining("refused");
        assertThat(next(organ, DocumentType.EXTENSION_NOTICE)).isEqualTo("上城信延〔2026〕2号");
    }
}
