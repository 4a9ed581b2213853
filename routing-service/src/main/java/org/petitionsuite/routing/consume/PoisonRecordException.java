package org.petitionsuite.routing.consume;

/** A record that will never be processable as it is: it goes to the dead-letter topic with this reason. */
class PoisonRecordException extends RuntimeException {
    PoisonRecordException(String reason) {
        super(reason);
    }

    PoisonRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
