package org.petitionsuite.kit.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's transactions on Quarkus' JTA transaction manager (Narayana). Joins a running transaction, otherwise begins one.
 * Uses the JTA manager directly: QuarkusTransaction needs a request context that Axon's processor threads lack.
 */
public final class JtaTransactionBridge implements TransactionManager {
    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
            // the owner of the surrounding transaction commits it
        }

        @Override
        public void rollback() {
            // the owner of the surrounding transaction rolls it back
        }
    };

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionBridge(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return JOINED;
            }
            jta.begin();
        } catch (Exception e) {
            throw new IllegalStateException("could not begin a JTA transaction", e);
        }
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    jta.commit();
                } catch (Exception e) {
                    throw new IllegalStateException("JTA commit failed", e);
                }
            }

            @Override
            public void rollback() {
                try {
                    if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                        jta.rollback();
                    }
                } catch (SystemException e) {
                    throw new IllegalStateException("JTA rollback failed", e);
                }
            }
        };
    }
}
