package org.petitionsuite.supervision.axon;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.supervision.clock.ClockPolicy;
import org.petitionsuite.supervision.clock.Deadlines;
import org.petitionsuite.supervision.clock.Thresholds;
import org.petitionsuite.supervision.command.CaseActions;
import org.petitionsuite.supervision.command.LetterNumbers;
import org.petitionsuite.supervision.command.CaseClocks;
import org.petitionsuite.supervision.command.SupervisionAction;
import org.petitionsuite.supervision.publish.SupervisionEventPublisher;
import org.petitionsuite.supervision.query.SupervisionProjection;

/** supervision's Axon application: the CaseClocks and SupervisionAction aggregates, their projection and publisher. */
@Singleton
public class SupervisionAxon extends AxonApplication {
    private final Deadlines deadlines;
    private final Thresholds thresholds;
    private final CaseActions caseActions;
    private final LetterNumbers letterNumbers;
    private final SupervisionProjection projection;
    private final SupervisionEventPublisher publisher;

    SupervisionAxon(Deadlines deadlines, Thresholds thresholds, CaseActions caseActions,
                    SupervisionProjection projection, SupervisionEventPublisher publisher, LetterNumbers letterNumbers) {
        this.letterNumbers = letterNumbers;
        this.deadlines = deadlines;
        this.thresholds = thresholds;
        this.caseActions = caseActions;
        this.projection = projection;
        this.publisher = publisher;
    }

    @Produces
    @Singleton
    static Thresholds thresholds(ClockPolicy policy) {
        return Thresholds.from(policy);
    }

    @Override
    protected String publisherProcessingGroup() {
        return SupervisionEventPublisher.PROCESSING_GROUP;
    }

    @Override
    public String readModelProcessingGroup() {
        return SupervisionProjection.PROCESSING_GROUP;
    }

    @Override
    protected Configurer configure() {
        Configurer configurer = eventStorage()
                .registerComponent(Deadlines.class, c -> deadlines)
                .registerComponent(Thresholds.class, c -> thresholds)
                .registerComponent(CaseActions.class, c -> caseActions)
                .registerComponent(LetterNumbers.class, c -> letterNumbers)
                .configureAggregate(CaseClocks.class)
                .configureAggregate(SupervisionAction.class);
        configurer.eventProcessing()
                .registerEventHandler(c -> projection)
                .registerEventHandler(c -> publisher);
        return configurer;
    }
}
