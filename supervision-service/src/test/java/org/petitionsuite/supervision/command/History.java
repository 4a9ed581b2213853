package org.petitionsuite.supervision.command;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;

/**
 * Drives one aggregate through a sequence of commands on an Axon fixture: each command is handled on top of the events
 * applied so far, and returns the events it applied, for plain assertions.
 */
final class History {
    private final AggregateTestFixture<?> fixture;
    private final List<Object> events = new ArrayList<>();

    History(AggregateTestFixture<?> fixture) {
        this.fixture = fixture;
    }

    /** The events {@code command} applied; fails the test if the handler threw. */
    List<Object> when(Object command) {
        List<Object> applied = new ArrayList<>();
        var result = events.isEmpty() ? fixture.givenNoPriorActivity().when(command) : fixture.given(events).when(command);
        result.expectSuccessfulHandlerExecution().expectEventsMatching(new CustomTypeSafeMatcher<List<EventMessage<?>>>("the applied events") {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> messages) {
                messages.forEach(m -> applied.add(m.getPayload()));
                return true;
            }
        });
        events.addAll(applied);
        return applied;
    }

    /** Asserts that {@code command} is refused with {@code refusal} and changes nothing. */
    void refused(Object command, Class<? extends Throwable> refusal) {
        (events.isEmpty() ? fixture.givenNoPriorActivity().when(command) : fixture.given(events).when(command))
                .expectException(refusal).expectNoEvents();
    }

    /** The applied events of one type. */
    static <T> List<T> of(Class<T> type, List<Object> events) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
