package org.petitionsuite.intake.api;

/**
 * An organ complained about (被投诉机关), by the code of the organ directory the registering system uses and its name.
 * The annual report names the organs most complained about (条例 Art 41 ¶1(一)); free text cannot be counted, a code can.
 */
public record ComplainedOrgan(String code, String name) {
}
