package org.petitionsuite.intake.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.petitionsuite.intake.api.Petitioner;

/**
 * How much two petitions look like one matter (同一信访事项: the same person or group, place, kind of matter and
 * request), for proposing repeats (重复件) to a clerk, who decides. Pure: no storage, no clock.
 *
 * <p>The weights are a design choice, not law, and only rank proposals; the clerk's confirmation is what joins a matter.
 * The same person (or representative) weighs most with the text, because 重复信访 is the same person raising the same
 * request again; the place and the family of the content category narrow it to the same matter.
 */
public final class RepeatSimilarity {
    static final double PERSON = 0.35;
    static final double PLACE = 0.15;
    static final double FAMILY = 0.15;
    static final double TEXT = 0.35;

    private RepeatSimilarity() {
    }

    /** What is compared of a petition. */
    public record Item(List<Petitioner> petitioners, String placeOfMatter, String contentCategory, String request,
                       String factsAndReasons) {
    }

    /** The signals found and their weighted score in [0, 1]. */
    public record Signals(boolean samePerson, boolean samePlace, boolean sameCategoryFamily, double textSimilarity) {
        public double score() {
            return (samePerson ? PERSON : 0) + (samePlace ? PLACE : 0) + (sameCategoryFamily ? FAMILY : 0) + TEXT * textSimilarity;
        }
    }

    public static Signals compare(Item a, Item b) {
        return new Signals(samePerson(a.petitioners(), b.petitioners()),
                Objects.equals(a.placeOfMatter(), b.placeOfMatter()),
                family(a.contentCategory()).equals(family(b.contentCategory())),
                dice(bigrams(a.request() + a.factsAndReasons()), bigrams(b.request() + b.factsAndReasons())));
    }

    /**
     * The same person: the same resident ID number, or the same name with the same phone or address (a representative
     * of a collective visit who comes again counts too).
     */
    static boolean samePerson(List<Petitioner> a, List<Petitioner> b) {
        for (Petitioner x : a) {
            for (Petitioner y : b) {
                if (present(x.idNumber()) && x.idNumber().equalsIgnoreCase(y.idNumber())) {
                    return true;
                }
                if (present(x.name()) && x.name().equals(y.name())
                        && (present(x.phone()) && x.phone().equals(y.phone()) || present(x.address()) && x.address().equals(y.address()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The family of a content category: its part before the first '_' (劳动和社会保障_工资拖欠 → 劳动和社会保障). */
    static String family(String category) {
        if (category == null) {
            return "";
        }
        int cut = category.indexOf('_');
        return cut < 0 ? category : category.substring(0, cut);
    }

    /** Character bigrams of the letters and digits of {@code text}: Chinese needs no word segmentation for this. */
    static Set<String> bigrams(String text) {
        int[] cps = (text == null ? "" : text).codePoints().filter(Character::isLetterOrDigit).toArray();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    /** Dice's coefficient: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }

    /** Given and not erased (an erased person matches nobody, PersonalDataMasking.ERASED). */
    private static boolean present(String s) {
        return s != null && !s.isBlank() && !s.startsWith(PersonalDataMasking.ERASED);
    }
}
