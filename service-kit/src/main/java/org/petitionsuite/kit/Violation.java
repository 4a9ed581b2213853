package org.petitionsuite.kit;

/** One reason an input was refused, naming the offending field as a JSON path ({@code petitioners[0].idNumber}). */
public record Violation(String field, String reason) {
}
