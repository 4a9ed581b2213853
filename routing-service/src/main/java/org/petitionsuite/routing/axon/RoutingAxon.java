package org.petitionsuite.routing.axon;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.petitionsuite.kit.axon.AxonApplication;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.command.MatterHistory;
import org.petitionsuite.routing.command.PetitionRouting;
import org.petitionsuite.routing.publish.RoutingEventPublisher;
import org.petitionsuite.routing.query.RoutingDecisionProjection;

/** routing's Axon application: the PetitionRouting aggregate on routing's own event store, its projection and publisher. */
@Singleton
public class RoutingAxon extends AxonApplication {
    private final CatalogLibrary catalogs;
    private final AuthorityDirectory directory;
    private final WorkingDayCalendar calendar;
    private final LimitProfiles limits;
    private final MatterHistory matterHistory;
    private final RoutingDecisionProjection projection;
    private final RoutingEventPublisher publisher;

    RoutingAxon(CatalogLibrary catalogs, AuthorityDirectory directory, WorkingDayCalendar calendar, LimitProfiles limits,
                MatterHistory matterHistory, RoutingDecisionProjection projection, RoutingEventPublisher publisher) {
        this.limits = limits;
        this.matterHistory = matterHistory;
        this.catalogs = catalogs;
        this.directory = directory;
        this.calendar = calendar;
        this.projection = projection;
        this.publisher = publisher;
    }

    @Override
    protected String publisherProcessingGroup() {
        return RoutingEventPublisher.PROCESSING_GROUP;
    }

    @Override
    public String readModelProcessingGroup() {
        return RoutingDecisionProjection.PROCESSING_GROUP;
    }

    @Override
    protected Configurer configure() {
        Configurer configurer = eventStorage()
                .registerComponent(CatalogLibrary.class, c -> catalogs)
                .registerComponent(AuthorityDirectory.class, c -> directory)
                .registerComponent(WorkingDayCalendar.class, c -> calendar)
                .registerComponent(LimitProfiles.class, c -> limits)
                .registerComponent(MatterHistory.class, c -> matterHistory)
                .configureAggregate(PetitionRouting.class);
        configurer.eventProcessing()
                .registerEventHandler(c -> projection)
                .registerEventHandler(c -> publisher);
        return configurer;
    }
}
