package org.petitionsuite.kit.axon;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A read model never stops for one event. An event its projection cannot apply is set aside in the service's
 * {@code dead_letter_entry} table (Axon's sequenced dead-letter queue: event id, processor, cause, time, attempts) and
 * the processor goes on with the next. The petition's later events wait behind it, in order (the sequence is the
 * aggregate, i.e. the petition), so its rows are not half-updated out of order: that petition is the one flagged for
 * attention. Retries: automatic, up to {@link #AUTOMATIC_ATTEMPTS} (AxonApplication's scheduled retry), then an
 * admin's ({@code /api/v1/admin/dead-letters}). A rebuild of the read model clears the queue, since it replays
 * everything.
 *
 * <p>For the projection's failure to be the projection's own, each event is written out as it is applied
 * ({@link #applyAlone}): the failing event is known, and only it is set aside.
 */
public final class DeadLetters {
    /** Attempts before a dead letter waits for an admin: the first, and two automatic retries. */
    public static final int AUTOMATIC_ATTEMPTS = 3;
    static final String ATTEMPTS = "attempts";

    private static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry").deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group").sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index").messageTypeColumn("message_type").eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp").payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
            .payloadColumn("payload").metaDataColumn("meta_data").aggregateTypeColumn("type")
            .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type").tokenColumn("token").enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched").processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type").causeMessageColumn("cause_message").diagnosticsColumn("diagnostics")
            .build();

    private DeadLetters() {
    }

    /** The read model's processor sets failing events aside in {@code dead_letter_entry} instead of stopping. */
    static void register(EventProcessingConfigurer processing, String processingGroup, DataSource dataSource) {
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        processing.registerDeadLetterQueue(processingGroup, c -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connections)
                        .transactionManager(c.getComponent(TransactionManager.class))
                        .schema(SCHEMA)
                        .genericSerializer(c.serializer())
                        .eventSerializer(c.eventSerializer())
                        .build())
                .registerDeadLetterPolicy(processingGroup, c -> DeadLetters::counted)
                // A rebuild replays every event: what was set aside gets its chance again, so the queue is cleared. The
                // cache spares a query per event for "is this aggregate's sequence waiting?" (one segment: one owner).
                .registerDeadLetteringEventHandlerInvokerConfiguration(processingGroup,
                        (c, builder) -> builder.allowReset(true).enableSequenceIdentifierCache());
    }

    /** Every failure is set aside (or put back), with how many times it was tried. */
    private static EnqueueDecision<EventMessage<?>> counted(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.enqueue(cause, l -> l.diagnostics().and(ATTEMPTS, attempts(l) + 1));
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number n ? n.intValue() : 0;
    }

    /**
     * Applies one event and writes it out at once, so that a failure is this event's. A failing write dooms the batch's
     * transaction (Hibernate marks it rollback-only), so the event is remembered and the batch is retried by the
     * processor; the second time the event is set aside before it touches the session and the rest of the batch
     * commits. When a dead letter is retried (the admin's or the scheduled retry), the event is applied in a
     * transaction of its own, so that a failure leaves the queue's own transaction able to count the attempt.
     * Projections call it from their {@code @MessageHandlerInterceptor} ({@link ReadModelProjection}).
     *
     * @param flush writes the event's changes out (the entity manager's flush)
     */
    public static Object applyAlone(String eventId, Callable<Object> handler, Runnable flush) throws Exception {
        Callable<Object> applied = () -> {
            Object result = handler.call();
            flush.run();
            return result;
        };
        if (retryingDeadLetter()) {
            return QuarkusTransaction.requiringNew().call(applied);
        }
        if (FAILED_ONCE.remove(eventId)) {
            throw new SetAside(eventId);
        }
        try {
            return applied.call();
        } catch (Exception e) {
            FAILED_ONCE.add(eventId);
            throw e;
        }
    }

    /** Events whose first application failed in this instance, to be set aside when their batch is tried again. */
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getResource(DeadLetter.class.getName()) != null;
    }

    /** The event failed when its batch was first applied; it is set aside without being applied again. */
    static final class SetAside extends RuntimeException {
        SetAside(String eventId) {
            super("event " + eventId + " failed when its batch was first applied (see the log before): set aside");
        }
    }

    /** One set-aside event, as an admin sees it. */
    public record Letter(String processor, String sequence, String eventType, String eventId, String cause,
                         String enqueuedAt, int attempts) {
    }

    static List<Letter> list(Configuration configuration, String processingGroup) {
        List<Letter> letters = new ArrayList<>();
        queue(configuration, processingGroup).deadLetters().forEach(sequence -> sequence.forEach(letter -> letters.add(
                new Letter(processingGroup, letter.message() instanceof DomainEventMessage<?> d
                        ? d.getAggregateIdentifier() : letter.message().getIdentifier(),
                        letter.message().getPayloadType().getSimpleName(), letter.message().getIdentifier(),
                        letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                        letter.enqueuedAt().toString(), attempts(letter)))));
        return letters;
    }

    static SequencedDeadLetterQueue<EventMessage<?>> queue(Configuration configuration, String processingGroup) {
        return configuration.eventProcessingConfiguration().deadLetterQueue(processingGroup)
                .orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + processingGroup));
    }
}
