package org.petitionsuite.intake.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.petitionsuite.contract.DivisionCode;

/**
 * 18-digit resident identity number (公民身份号码) per GB 11643-1999: a 6-digit address code, an 8-digit birth date, a
 * 3-digit sequence and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();

    private ResidentIdNumber() {
    }

    /** Why {@code value} is not a valid resident ID number, or empty when it is. Lower-case x is accepted. */
    public static Optional<String> problem(String value) {
        if (value.length() != 18) {
            return Optional.of("must be 18 characters (GB 11643), got " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return Optional.of("the first 17 characters must be digits (GB 11643)");
            }
        }
        if (!DivisionCode.hasKnownProvince(value.substring(0, 2))) {
            return Optional.of("the address code does not start with a province code (GB/T 2260)");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (birth.getYear() < 1880 || birth.isAfter(LocalDate.now())) {
                return Optional.of("the birth date is out of range");
            }
        } catch (DateTimeException e) {
            return Optional.of("the birth date (characters 7–14) is not a date");
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (Character.toUpperCase(value.charAt(17)) != expected) {
            return Optional.of("the check digit is wrong (GB 11643 MOD 11-2)");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }
}
