package org.petitionsuite.kit.axon;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;

/**
 * What a service's read-model projection extends: every event is written out as it is applied
 * ({@link DeadLetters#applyAlone}), so that one the projection cannot apply is set aside and the rest of the batch, and
 * the processor, go on.
 */
public abstract class ReadModelProjection {
    @Inject
    protected EntityManager entityManager;

    @MessageHandlerInterceptor
    protected Object eachEventAlone(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return DeadLetters.applyAlone(event.getIdentifier(), chain::proceed, entityManager::flush);
    }
}
