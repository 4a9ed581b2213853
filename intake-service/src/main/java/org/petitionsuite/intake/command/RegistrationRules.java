package org.petitionsuite.intake.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.petitionsuite.contract.Channel;
import org.petitionsuite.intake.api.ComplainedOrgan;
import org.petitionsuite.intake.api.PetitionDetails;
import org.petitionsuite.intake.api.Petitioner;
import org.petitionsuite.intake.api.RegisteringOrgan;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.intake.domain.ResidentIdNumber;
import org.petitionsuite.kit.Violation;

/**
 * Every rule a registration must satisfy, in one place, each reported against the field it concerns. Pure: the
 * aggregate applies it, the REST layer only translates its violations into problem+json.
 */
public final class RegistrationRules {
    static final int MAX_PETITIONERS = 1000;
    static final int MAX_PEOPLE = 9999;
    static final int MAX_COMPLAINED_ORGANS = 5;
    private static final Instant EARLIEST_RECEIPT = Instant.parse("1990-01-01T00:00:00Z");
    private static final Pattern MOBILE_OR_LANDLINE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?");
    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("[\\p{Alnum}._:/#-]{1,128}");
    private static final Pattern ORGAN_CODE = Pattern.compile("[\\p{Alnum}._-]{1,64}");

    private final RegistrationPolicy policy;
    private final Instant now;
    private final List<Violation> violations = new ArrayList<>();

    private RegistrationRules(RegistrationPolicy policy, Instant now) {
        this.policy = policy;
        this.now = now;
    }

    /** The violations of {@code details}, empty when it may be registered at {@code now}. */
    public static List<Violation> check(PetitionDetails details, RegistrationPolicy policy, Instant now) {
        RegistrationRules rules = new RegistrationRules(policy, now);
        if (details == null) {
            rules.violations.add(new Violation("", "a JSON object with the registration is required"));
        } else {
            rules.checkDetails(details);
        }
        return List.copyOf(rules.violations);
    }

    private void checkDetails(PetitionDetails d) {
        checkPetitioners(d);
        // Art 19 ¶1: request, facts and reasons are what a petition must state.
        required("channel", d.channel());
        required("purpose", d.purpose());
        text("contentCategory", d.contentCategory(), true, 100, false);
        text("request", d.request(), true, 4000, true);
        text("factsAndReasons", d.factsAndReasons(), true, 20000, true);
        divisionCode("placeOfMatter", d.placeOfMatter());
        text("accusedTarget", d.accusedTarget(), false, 200, false);
        checkPeople(d);
        checkOrgan(d.registeringOrgan());
        checkComplainedOrgans(d.complainedOrgans());
        if (required("receivedAt", d.receivedAt())) {
            if (d.receivedAt().isAfter(now.plus(policy.allowedClockSkew()))) {
                violation("receivedAt", "lies in the future");
            } else if (d.receivedAt().isBefore(EARLIEST_RECEIPT)) {
                violation("receivedAt", "is before 1990");
            }
        }
        if (required("sourceSystem", d.sourceSystem()) && !SOURCE_SYSTEM.matcher(d.sourceSystem()).matches()) {
            violation("sourceSystem", "must be 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (d.sourceReference() != null && !SOURCE_REFERENCE.matcher(d.sourceReference()).matches()) {
            violation("sourceReference", "must be 1–128 letters, digits or . _ : / # -");
        }
    }

    private void checkPetitioners(PetitionDetails d) {
        List<Petitioner> petitioners = d.petitioners();
        if (petitioners == null || petitioners.isEmpty()) {
            violation("petitioners", "at least one petitioner is required (Art 19 ¶1: 姓名(名称))");
            return;
        }
        if (petitioners.size() > MAX_PETITIONERS) {
            violation("petitioners", "at most " + MAX_PETITIONERS + " petitioners");
            return;
        }
        for (int i = 0; i < petitioners.size(); i++) {
            String at = "petitioners[" + i + "]";
            Petitioner p = petitioners.get(i);
            if (p == null) {
                violation(at, "must be an object");
                continue;
            }
            text(at + ".name", p.name(), true, 100, false);
            if (p.idNumber() != null) {
                ResidentIdNumber.problem(p.idNumber()).ifPresent(reason -> violation(at + ".idNumber", reason));
            }
            if (p.phone() != null && !MOBILE_OR_LANDLINE.matcher(p.phone()).matches()) {
                violation(at + ".phone", "must be a mainland mobile number (11 digits) or a landline with area code");
            }
            text(at + ".address", p.address(), false, 300, false);
        }
    }

    private void checkPeople(PetitionDetails d) {
        if (!required("numberOfPeople", d.numberOfPeople())) {
            return;
        }
        int people = d.numberOfPeople();
        if (people < 1 || people > MAX_PEOPLE) {
            violation("numberOfPeople", "must be between 1 and " + MAX_PEOPLE);
            return;
        }
        int listed = d.petitioners() == null ? 0 : d.petitioners().size();
        if (people < listed) {
            violation("numberOfPeople", "is smaller than the number of petitioners listed (" + listed + ")");
        }
        long representatives = d.representativeCount();
        if (!d.isCollective()) {
            if (representatives > 0) {
                violation("petitioners", "representatives are chosen only for a joint letter or collective visit (set collective)");
            }
            return;
        }
        if (people < 2) {
            violation("numberOfPeople", "a joint letter or collective visit involves at least 2 people");
        }
        // Art 20 ¶3 limits the representatives of a visit, not the signatories of a joint letter; a visit that has not
        // chosen them is still registered ('予以登记', Art 22 ¶1; 来访必录) and told to choose (representativesToChoose).
    }

    /**
     * A collective visit with no representatives, or more than {@code maxRepresentatives} (条例 Art 20 ¶3: 代表人数不得超过5人):
     * registered, and the visitors are told to choose them.
     */
    public static boolean representativesToChoose(PetitionDetails d, RegistrationPolicy policy) {
        long representatives = d.representativeCount();
        return d.channel() == Channel.VISIT && d.isCollective()
                && (representatives == 0 || representatives > policy.maxRepresentatives());
    }

    private void checkOrgan(RegisteringOrgan organ) {
        if (!required("registeringOrgan", organ)) {
            return;
        }
        if (required("registeringOrgan.code", organ.code()) && !ORGAN_CODE.matcher(organ.code()).matches()) {
            violation("registeringOrgan.code", "must be 1–64 letters, digits, '.', '_' or '-'");
        }
        text("registeringOrgan.name", organ.name(), true, 100, false);
        divisionCode("registeringOrgan.regionCode", organ.regionCode());
    }

    private void checkComplainedOrgans(List<ComplainedOrgan> organs) {
        if (organs == null) {
            return;
        }
        if (organs.size() > MAX_COMPLAINED_ORGANS) {
            violation("complainedOrgans", "at most " + MAX_COMPLAINED_ORGANS + " organs");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < organs.size(); i++) {
            String at = "complainedOrgans[" + i + "]";
            ComplainedOrgan organ = organs.get(i);
            if (organ == null) {
                violation(at, "must be an object");
                continue;
            }
            if (required(at + ".code", organ.code())) {
                if (!ORGAN_CODE.matcher(organ.code()).matches()) {
                    violation(at + ".code", "must be 1–64 letters, digits, '.', '_' or '-'");
                } else if (!codes.add(organ.code())) {
                    violation(at + ".code", "names the same organ twice");
                }
            }
            text(at + ".name", organ.name(), true, 100, false);
        }
    }

    private void divisionCode(String field, String value) {
        if (required(field, value)) {
            try {
                if (DivisionCode.parse(value).equals(DivisionCode.NATIONAL)) {
                    violation(field, "must name a province, city, county, township or village, not the whole country");
                }
            } catch (IllegalArgumentException e) {
                violation(field, e.getMessage());
            }
        }
    }

    private void text(String field, String value, boolean required, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            if (required) {
                violation(field, "is required");
            }
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            violation(field, "must be at most " + maxLength + " characters");
        } else if (hasControlCharacters(value, multiline)) {
            violation(field, multiline ? "contains control characters (only line breaks and tabs are allowed)"
                    : "contains control characters or line breaks");
        }
    }

    private static boolean hasControlCharacters(String value, boolean multiline) {
        return value.codePoints().anyMatch(c -> {
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                return false;
            }
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || c == '\u2028' || c == '\u2029' || c == '\u202E' || c == '\u202D';
        });
    }

    private boolean required(String field, Object value) {
        if (value == null) {
            violation(field, "is required");
            return false;
        }
        return true;
    }

    private void violation(String field, String reason) {
        violations.add(new Violation(field, reason));
    }
}
