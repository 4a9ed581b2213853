package org.petitionsuite.intake.api;

/** The organ that registered the petition (登记机构), and the administrative division it serves. */
public record RegisteringOrgan(String code, String name, String regionCode) {
}
