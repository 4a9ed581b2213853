package org.petitionsuite.routing.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.PetitionKind;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.contract.routing.PetitionClassifiedV1;
import org.petitionsuite.contract.routing.PetitionRoutedV1;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.routing.api.ClassifyPetition;
import org.petitionsuite.routing.api.MatterRecorded;
import org.petitionsuite.routing.api.ObjectToRouting;
import org.petitionsuite.routing.api.OverrideRouting;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Organ;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Matter;

/**
 * 条例 Art 30 ¶3 as a property: for generated accusations against every organ of the directory, named in every way
 * (complainedOrgans, accused target by full name, by short name, through an official), on every routing path (first
 * routing, with the matter accepted below (Art 19 ¶3) or concluded (Art 36 ¶3) by the accused, overrides of channel and
 * organ, objections), no route ever reaches an accused organ, and every route names the accused organs.
 */
class AccusationGuardPropertyTest {
    private static final AuthorityDirectory DIRECTORY = AuthorityDirectory.fromClasspath();
    private static final CatalogLibrary CATALOGS = CatalogLibrary.fromClasspath();
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final List<String> PLACES = List.of("330102", "330102001001", "330106", "330110", "330100", "330000", "110101");
    private static final String[] CATEGORIES = {"纪检监察", "劳动和社会保障_工资拖欠", "城乡建设", "房产物业", "交通运输",
            "生态环境", "民政与应急", "卫生健康", "政法_法院", "其他"};
    private static final String[] TEXTS = {"反映工作人员收受好处、不作为", "请求查处违法行为", "对处理结果不服，请求重新处理",
            "建议改进工作作风", "反映办事拖延推诿"};

    private Optional<MatterHistory.Accepted> acceptedBelow = Optional.empty();
    private Optional<MatterHistory.ReReviewConcluded> reReviewConcluded = Optional.empty();

    /** How a generated matter names the organ it accuses. */
    private enum Naming { COMPLAINED_ORGAN, FULL_NAME, SHORT_NAME, OFFICIAL }

    private record Case(Matter matter, Organ accused, Naming naming) {
    }

    private static List<Case> accusations(int count, long seed) {
        Random random = new Random(seed);
        List<Organ> organs = DIRECTORY.organs();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Organ accused = organs.get(i % organs.size());
            Naming naming = Naming.values()[random.nextInt(Naming.values().length)];
            if ((naming == Naming.SHORT_NAME || naming == Naming.OFFICIAL) && (accused.aliases() == null || accused.aliases().isEmpty())) {
                naming = Naming.FULL_NAME;
            }
            String shortName = accused.aliases() == null || accused.aliases().isEmpty() ? accused.name() : accused.aliases().get(0);
            String target = switch (naming) {
                case COMPLAINED_ORGAN -> null;
                case FULL_NAME -> accused.name();
                case SHORT_NAME -> shortName;
                case OFFICIAL -> shortName + "副局长李某";
            };
            // Half the place inside the accused organ's region, half anywhere: the guard must hold either way.
            String place = random.nextBoolean() ? accused.region() : PLACES.get(random.nextInt(PLACES.size()));
            Purpose purpose = Purpose.values()[random.nextInt(Purpose.values().length)];
            Matter matter = new Matter(purpose, CATEGORIES[random.nextInt(CATEGORIES.length)],
                    TEXTS[random.nextInt(TEXTS.length)], "", place, random.nextInt(4) == 0, target,
                    List.of(), place, naming == Naming.COMPLAINED_ORGAN ? List.of(accused.code()) : List.of());
            cases.add(new Case(matter, accused, naming));
        }
        return cases;
    }

    @Test
    void noResolvedRouteReachesTheAccusedOrganOnAnyChannelOrAfterAnyObjection() {
        int checked = 0;
        for (Case c : accusations(400, 16)) {
            for (LegalChannel channel : LegalChannel.values()) {
                var decision = org.petitionsuite.routing.catalog.Classification.byPerson(channel, "t", List.of());
                var route = DIRECTORY.resolve(c.matter(), decision);
                assertThat(route.organ()).as("%s on %s", c, channel).isNotEqualTo(c.accused());
                assertThat(route.accusedOrgans()).as("%s on %s", c, channel).contains(c.accused().code());
                // Objections (Art 23 ¶3) re-resolve without the objecting organs; the guard still holds.
                Set<String> objected = new HashSet<>();
                if (route.organ() != null) {
                    objected.add(route.organ().code());
                }
                var again = DIRECTORY.resolve(c.matter(), decision, objected);
                assertThat(again.organ()).as("after objection: %s on %s", c, channel).isNotEqualTo(c.accused());
                checked += 2;
            }
        }
        assertThat(checked).isEqualTo(400 * LegalChannel.values().length * 2);
    }

    @Test
    void noAggregatePathReachesTheAccusedOrgan() {
        for (Case c : accusations(120, 30)) {
            // First routing, also when the accused organ accepted the matter below or concluded its re-review.
            for (int history = 0; history < 3; history++) {
                acceptedBelow = history == 1 ? Optional.of(new MatterHistory.Accepted("p-0", c.accused().code(),
                        NOW.minusSeconds(86_400))) : Optional.empty();
                reReviewConcluded = history == 2 ? Optional.of(new MatterHistory.ReReviewConcluded("p-0", c.accused().code(),
                        NOW.minusSeconds(86_400))) : Optional.empty();
                List<PetitionRoutedV1> routes = routesOf(fixture().givenNoPriorActivity()
                        .when(new ClassifyPetition("p-1", c.matter(), "ce-1", NOW, "p-0")));
                assertThat(routes).hasSize(1);
                assertNotAccused(routes.get(0), c, "first routing, history " + history);
            }
            acceptedBelow = Optional.empty();
            reReviewConcluded = Optional.empty();
            // A person overriding the channel only: the directory chooses, and the guard holds for every channel.
            for (LegalChannel channel : LegalChannel.values()) {
                List<PetitionRoutedV1> routes = routesOf(fixture().given(decided(c))
                        .when(new OverrideRouting("p-1", channel, null, "改判", "supervisor-1", NOW)));
                assertNotAccused(routes.get(0), c, "override to " + channel);
            }
            // A person naming the accused organ is refused, whatever channel goes with it.
            fixture().given(decided(c))
                    .when(new OverrideRouting("p-1", LegalChannel.DUTY_PERFORMANCE, c.accused().code(), "就近处理", "supervisor-1", NOW))
                    .expectNoEvents()
                    .expectException(RoutingRefusedException.class);
            // The receiving organ objects: the matter is routed again without it, still not to the accused.
            routesOf(fixture().given(decided(c)).when(new ObjectToRouting("p-1", "330102-xfj", "不属本机关职能", NOW)))
                    .forEach(r -> assertNotAccused(r, c, "objection"));
        }
    }

    private static void assertNotAccused(PetitionRoutedV1 route, Case c, String path) {
        assertThat(route.organCode()).as("%s: %s", path, c).isNotEqualTo(c.accused().code());
        assertThat(route.accusedOrgans()).as("%s: %s", path, c).contains(c.accused().code());
    }

    /** The case, classified as a duty-performance matter and routed to the county petition bureau (as if by hand). */
    private static Object[] decided(Case c) {
        return new Object[] {
            new MatterRecorded("p-1", c.matter()),
            new PetitionClassifiedV1("p-1", c.matter().placeOfMatter(), PetitionKind.APPEAL_OR_DEMAND,
                    LegalChannel.DUTY_PERFORMANCE, "t", "t", "t", "t", List.of(), NOW, "ce-1"),
            new PetitionRoutedV1("p-1", c.matter().placeOfMatter(), "330102-xfj", "上城区信访局", "COUNTY", "330102",
                    "FORWARD", null, "t", "t", "t", List.of(), NOW, List.of())
        };
    }

    private static List<PetitionRoutedV1> routesOf(org.axonframework.test.aggregate.ResultValidator<PetitionRouting> result) {
        List<PetitionRoutedV1> routes = new ArrayList<>();
        result.expectSuccessfulHandlerExecution().expectEventsMatching(
                new org.hamcrest.BaseMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    public boolean matches(Object actual) {
                        for (Object m : (List<?>) actual) {
                            if (((EventMessage<?>) m).getPayload() instanceof PetitionRoutedV1 r) {
                                routes.add(r);
                            }
                        }
                        return true;
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("any events");
                    }
                });
        return routes;
    }

    private AggregateTestFixture<PetitionRouting> fixture() {
        AggregateTestFixture<PetitionRouting> fixture = new AggregateTestFixture<>(PetitionRouting.class);
        fixture.registerInjectableResource(CATALOGS);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource(WorkingDayCalendar.china());
        fixture.registerInjectableResource(LimitProfiles.shipped());
        fixture.registerInjectableResource(new MatterHistory() {
            @Override
            public Optional<Accepted> acceptedBelow(Matter matter, String petitionId, Instant since) {
                return acceptedBelow;
            }

            @Override
            public Optional<ReReviewConcluded> reReviewConcluded(String matterId) {
                return reReviewConcluded;
            }
        });
        return fixture;
    }
}
