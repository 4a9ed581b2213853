package org.petitionsuite.supervision.command;

/** Whether a 督办 order or recommendation names the petition: what decides SUPERVISION_NOT_PERFORMED (Art 43). */
public interface CaseActions {
    boolean anyActionOn(String petitionId);
}
