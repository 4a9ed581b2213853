package org.petitionsuite.supervision.command;

import org.petitionsuite.contract.supervision.ActionKind;

/**
 * 文号 of the letters the petition department issues (GB/T 9704 §7.2.3): the department (its region) numbers each series
 * from 1 every year, in the command's transaction (letters/SequencedLetterNumbers).
 */
public interface LetterNumbers {
    String next(String regionCode, String issuerName, ActionKind kind, int year);
}
