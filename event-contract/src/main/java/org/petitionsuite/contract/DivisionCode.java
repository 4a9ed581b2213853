package org.petitionsuite.contract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrative division code (行政区划代码): 6 digits down to county (GB/T 2260), 12 digits down to village (统计用区划代码).
 * Trailing zero groups mark the level, so a code's significant prefix contains every code below it: 330000 (Zhejiang)
 * contains 330100 (Hangzhou), which contains 330102 (上城区) and 330102001001.
 */
public record DivisionCode(String twelveDigits) {
    /** The whole country; only a national-level user's region claim carries it. */
    public static final DivisionCode NATIONAL = new DivisionCode("000000000000");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{6}|[0-9]{12}");
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** Parses a 6- or 12-digit code; throws {@link IllegalArgumentException} with the reason otherwise. */
    public static DivisionCode parse(String code) {
        if (code == null || !DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("must be a 6- or 12-digit administrative division code");
        }
        if (code.chars().allMatch(c -> c == '0')) {
            return NATIONAL;
        }
        if (!hasKnownProvince(code.substring(0, 2))) {
            throw new IllegalArgumentException("does not start with a province code (GB/T 2260)");
        }
        if (code.substring(2, 4).equals("00") && !code.substring(4, 6).equals("00")) {
            throw new IllegalArgumentException("names a county without its city (digits 3–4 are 00)");
        }
        return new DivisionCode(code.length() == 6 ? code + "000000" : code);
    }

    /** The code, or empty when it is not one: for a check that leaves naming the bad field to the validation. */
    public static java.util.Optional<DivisionCode> tryParse(String code) {
        try {
            return java.util.Optional.of(parse(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public static boolean hasKnownProvince(String twoDigits) {
        return PROVINCES.contains(twoDigits);
    }

    /** The digits that matter: every code inside this division starts with them ("" for the whole country). */
    public String scopePrefix() {
        String c = twelveDigits;
        if (c.endsWith("0000000000")) {
            return c.startsWith("00") ? "" : c.substring(0, 2);
        }
        if (c.endsWith("00000000")) {
            return c.substring(0, 4);
        }
        if (c.endsWith("000000")) {
            return c.substring(0, 6);
        }
        if (c.endsWith("000")) {
            return c.substring(0, 9);
        }
        return c;
    }

    public boolean contains(DivisionCode other) {
        return other.twelveDigits.startsWith(scopePrefix());
    }
}
