package org.petitionsuite.intake.command;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.DocumentType;
import org.petitionsuite.intake.Samples;
import org.petitionsuite.intake.api.DocumentIssued;
import org.petitionsuite.intake.api.JoinMatter;
import org.petitionsuite.intake.api.MatterJoined;
import org.petitionsuite.intake.api.NotAcceptedAgain;
import org.petitionsuite.intake.api.PetitionRegistered;
import org.petitionsuite.intake.api.RejectRepeat;
import org.petitionsuite.intake.api.RepeatRejected;
import org.petitionsuite.intake.api.RepeatedMatter;
import org.petitionsuite.kit.rest.TransitionRefused;

/** A repeat confirmed after registration joins the earlier matter exactly as repeatOf does (条例 Art 36 ¶3 included). */
class RepeatTest {
    private static final String ID = "p-new";
    private static final Instant AT = Instant.parse("2025-11-05T02:00:00Z");
    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = PetitionTest.fixtureWith(RegistrationPolicy.national());
    }

    private static PetitionRegistered registered(String matter) {
        return new PetitionRegistered(ID, Samples.details("ref-new").withDefaults(), AT, "registrar-1", matter);
    }

    @Test
    void aConfirmedRepeatJoinsTheEarlierMatterOnce() {
        fixture.given(registered(ID))
                .when(new JoinMatter(ID, "p-old", new RepeatedMatter("m-old", null), "registrar-1", AT))
                .expectEvents(new MatterJoined(ID, "330102", "m-old", "p-old", "registrar-1", AT));
        fixture.given(registered(ID), new MatterJoined(ID, "330102", "m-old", "p-old", "registrar-1", AT))
                .when(new JoinMatter(ID, "p-old", new RepeatedMatter("m-old", null), "registrar-1", AT))
                .expectNoEvents();
    }

    @Test
    void aMatterWhoseReReviewIsConcludedIsNotAcceptedAgain_Art36_3() {
        fixture.given(registered(ID))
                .when(new JoinMatter(ID, "p-old", new RepeatedMatter("m-old", "p-rereviewed"), "registrar-1", AT))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.equalTo(new MatterJoined(ID, "330102", "m-old", "p-old", "registrar-1", AT)),
                                org.hamcrest.Matchers.equalTo(new NotAcceptedAgain(ID, "330102", "m-old", "p-rereviewed",
                                        "条例 Art 36 ¶3", AT)),
                                new org.hamcrest.CustomTypeSafeMatcher<Object>("a 不再受理告知书") {
                                    @Override
                                    protected boolean matchesSafely(Object item) {
                                        return item instanceof DocumentIssued d && d.type() == DocumentType.NOT_ACCEPTED_AGAIN_NOTICE;
                                    }
                                },
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aPetitionInAnotherMatterOrItselfIsNotMovedAndAnUnseenCandidateIsRefused() {
        fixture.given(registered("m-other"))
                .when(new JoinMatter(ID, "p-old", new RepeatedMatter("m-old", null), "registrar-1", AT))
                .expectException(TransitionRefused.class).expectNoEvents();
        fixture.given(registered(ID))
                .when(new JoinMatter(ID, ID, new RepeatedMatter("m-x", null), "registrar-1", AT))
                .expectException(TransitionRefused.class).expectNoEvents();
        fixture.given(registered(ID))
                .when(new JoinMatter(ID, "p-unseen", null, "registrar-1", AT))
                .expectException(InvalidStepException.class).expectNoEvents();
    }

    @Test
    void aRejectionIsRecordedOncePerCandidate() {
        fixture.given(registered(ID)).when(new RejectRepeat(ID, "p-old", "registrar-1", AT))
                .expectEvents(new RepeatRejected(ID, "p-old", "registrar-1", AT));
        fixture.given(registered(ID), new RepeatRejected(ID, "p-old", "registrar-1", AT))
                .when(new RejectRepeat(ID, "p-old", "registrar-1", AT)).expectNoEvents();
    }
}
