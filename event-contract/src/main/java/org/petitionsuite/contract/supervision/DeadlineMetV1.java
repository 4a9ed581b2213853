package org.petitionsuite.contract.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code deadline.met.v1}: the step of a statutory duty was done on {@code metOn}; {@code timely} if on or
 * before {@code due}.
 */
public record DeadlineMetV1(String petitionId, String placeOfMatter, String clockId, String step, String article,
                            String organCode, LocalDate due, LocalDate metOn, boolean timely, String profile,
                            Instant metAt) {
}
