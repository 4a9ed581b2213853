package org.petitionsuite.limits;

/**
 * The statutory steps that have a time limit (petition-rules.md §1.1). Each profile gives each step a period; the
 * start event is what the step's clock counts from.
 */
public enum Step {
    /** T1: the petition department registers and forwards or assigns (Art 22 ¶1), from receipt. */
    FORWARD_OR_ASSIGN,
    /** T3/T4: written notice of receipt and how the matter will be handled (Art 23 ¶2–3), from receipt. */
    ACCEPTANCE_NOTICE,
    /** T5: objection to a wrong forward or assignment (Art 23 ¶3), from receipt. */
    OBJECTION,
    /** T6: handling of a matter on the petition track (Art 34), from acceptance. */
    HANDLING,
    /** T7: the most an approved extension may add to HANDLING (Art 34). */
    HANDLING_EXTENSION,
    /** T8: the petitioner asks for review (Art 35), from receipt of the handling opinion. */
    REVIEW_REQUEST,
    /** T9: the review opinion (Art 35), from receipt of the request. */
    REVIEW_ANSWER,
    /** T10: the petitioner asks for re-review (Art 36 ¶1), from receipt of the review opinion. */
    RE_REVIEW_REQUEST,
    /** T11: the re-review opinion (Art 36 ¶1–2), from receipt of the request; hearing time is not counted. */
    RE_REVIEW_ANSWER,
    /** The petitioner's satisfaction evaluation window ([U]: the 2022 national method's number was not found). */
    EVALUATION
}
