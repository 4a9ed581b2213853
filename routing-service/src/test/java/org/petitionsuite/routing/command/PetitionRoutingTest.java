package org.petitionsuite.routing.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.routing.api.ClassificationOutcome;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Matter;

/** Classification of a petition as a fact, once. */
class PetitionRoutingTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private AggregateTestFixture<PetitionRouting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PetitionRouting.class);
        fixture.registerInjectableResource(CatalogLibrary.fromClasspath());
        fixture.registerInjectableResource(AuthorityDirectory.fromClasspath());
    }

    private static ClassifyPetition classify(String text, String place) {
        return new ClassifyPetition("p-1", new Matter(Purpose.APPEAL, "政法_法院", text, "", place), "ce-1", NOW);
    }

    @Test
    void aJudgementDisputeGoesToTheLocalCourtWithItsReasons() {
        fixture.givenNoPriorActivity()
                .when(classify("对区人民法院作出的民事判决不服", "330102"))
                .expectResultMessagePayload(ClassificationOutcome.CLASSIFIED)
                .expectEvents(new MatterRecorded("p-1", new Matter(Purpose.APPEAL, "政法_法院", "对区人民法院作出的民事判决不服", "", "330102")),
                        new PetitionClassifiedV1("p-1", "330102", PetitionKind.APPEAL_OR_DEMAND,
                        LegalChannel.COURT_PROCEDURE, "national@2026.1+zhejiang@2026.1-zj.1", "court-litigation",
                        "条例 Art 31(一), Art 28 ¶2",
                        "诉求涉及法院的审判、执行或者应当通过诉讼解决的纠纷，属于涉法涉诉事项，应当导入诉讼程序依法处理（诉访分离）。",
                        List.of("关键词「判决」"), NOW, "ce-1"),
                        new PetitionRoutedV1("p-1", "330102", "330102-fy", "杭州市上城区人民法院", "COUNTY", "330102", "FORWARD",
                                null, "2026.1-hangzhou-demo", "条例 Art 22 ¶1(一)(二)",
                                "杭州市上城区人民法院对该事项有处理权（谁主管、谁负责）。依法转送。", List.of(), NOW));
    }

    @Test
    void aRedeliveredRegistrationDecidesNothingNew() {
        fixture.given(new PetitionClassifiedV1("p-1", "110101", PetitionKind.APPEAL_OR_DEMAND, LegalChannel.COURT_PROCEDURE,
                        "national@2026.1", "court-litigation", "条例 Art 31(一)", "涉法涉诉", List.of(), NOW, "ce-1"))
                .when(classify("对区人民法院作出的民事判决不服", "110101"))
                .expectResultMessagePayload(ClassificationOutcome.ALREADY_CLASSIFIED)
                .expectNoEvents();
    }
}
