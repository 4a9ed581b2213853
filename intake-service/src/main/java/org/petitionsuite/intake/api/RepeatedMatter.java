package org.petitionsuite.intake.api;

/**
 * What intake knows of the matter (信访事项) a repeat item (重复件) belongs to, looked up when it is registered.
 *
 * @param matterId           the matter of the item it repeats
 * @param reReviewedPetition an item of that matter whose re-review opinion was issued, or null (条例 Art 36 ¶3)
 */
public record RepeatedMatter(String matterId, String reReviewedPetition) {
}
