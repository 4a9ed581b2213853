package org.petitionsuite.supervision.clock;

import org.petitionsuite.limits.Step;

/**
 * The steps supervision keeps a clock for (petition-rules.md §1.1 T1–T11). A <em>duty</em> is an organ's: it warns,
 * breaches and is charged to that organ only. A <em>window</em> is an option (the petitioner's review request, the
 * organ's objection): it opens and lapses, and nobody is at fault when it lapses.
 */
public enum ClockStep {
    /** T1: the petition department forwards or assigns within 15 days of receipt (Art 22 ¶1). */
    FORWARD_OR_ASSIGN(Step.FORWARD_OR_ASSIGN, Defect.NOT_FORWARDED_IN_TIME),
    /** T2: the organ reports back on an assigned matter within the days the petition department set (Art 22 ¶1(三)). */
    ASSIGNMENT_REPORT(null, Defect.HANDLED_LATE),
    /** T4: the receiving organ notifies acceptance in writing within 15 days of receipt (Art 23 ¶3). */
    ACCEPTANCE_NOTICE(Step.ACCEPTANCE_NOTICE, Defect.ACCEPTANCE_NOT_NOTIFIED_IN_TIME),
    /** T5: the receiving organ may object within 5 working days (Art 23 ¶3). */
    OBJECTION(Step.OBJECTION, null),
    /** T6–T7: handling within 60 days of acceptance, plus approved extensions (Art 34). */
    HANDLING(Step.HANDLING, Defect.HANDLED_LATE),
    /** T8: the petitioner may ask for review within 30 days of receiving the handling opinion (Art 35). */
    REVIEW_REQUEST(Step.REVIEW_REQUEST, null),
    /** T9: the review opinion within 30 days of the request (Art 35). */
    REVIEW_ANSWER(Step.REVIEW_ANSWER, Defect.HANDLED_LATE),
    /** T10: the petitioner may ask for re-review within 30 days of receiving the review opinion (Art 36 ¶1). */
    RE_REVIEW_REQUEST(Step.RE_REVIEW_REQUEST, null),
    /** T11: the re-review opinion within 30 days of the request, hearing days not counted (Art 36 ¶1–2). */
    RE_REVIEW_ANSWER(Step.RE_REVIEW_ANSWER, Defect.HANDLED_LATE),
    /** The petitioner's satisfaction evaluation window [U]. */
    EVALUATION(Step.EVALUATION, null);

    private final Step limit;
    private final Defect defectWhenLate;

    ClockStep(Step limit, Defect defectWhenLate) {
        this.limit = limit;
        this.defectWhenLate = defectWhenLate;
    }

    /** The profile's limit for this step; null for ASSIGNMENT_REPORT, whose period the petition department sets. */
    public Step limit() {
        return limit;
    }

    public boolean duty() {
        return defectWhenLate != null;
    }

    /** The defect charged to the clock's organ when the duty's period ends with the step not done. */
    public Defect defectWhenLate() {
        return defectWhenLate;
    }
}
