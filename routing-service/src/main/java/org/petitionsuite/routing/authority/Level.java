package org.petitionsuite.routing.authority;

/** The level of an organ, from its administrative division (条例 Art 9–15). */
public enum Level {
    PROVINCE, CITY, COUNTY, TOWNSHIP
}
