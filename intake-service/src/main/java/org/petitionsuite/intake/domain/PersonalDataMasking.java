package org.petitionsuite.intake.domain;

/**
 * Masks personal data for people whose role does not need it in full (个人信息保护法 Art 34, 51; petition-rules.md §8.1).
 * Masks keep enough for a person to recognise a record, never enough to identify someone.
 */
public final class PersonalDataMasking {
    private PersonalDataMasking() {
    }

    /** 张三丰 → 张**. */
    public static String name(String name) {
        if (name == null || name.isEmpty() || erased(name)) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** 330102199001011234 → 3301************34. */
    public static String idNumber(String id) {
        return id == null || id.length() < 8 || erased(id) ? id : id.substring(0, 4) + "*".repeat(id.length() - 6) + id.substring(id.length() - 2);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        return phone == null || phone.length() < 7 || erased(phone) ? phone : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Keeps the first six characters (usually province, city and district), hides the rest. */
    public static String address(String address) {
        return address == null || address.length() <= 6 || erased(address) ? address : address.substring(0, 6) + "****";
    }

    /** What stands where personal data was erased (个人信息保护法 Art 47): shown as it is, never masked. */
    public static final String ERASED = "已删除";

    private static boolean erased(String value) {
        return ERASED.equals(value);
    }

    /** Resident ID numbers (18 digits, the last may be X; or the old 15), not inside a longer run of digits. */
    private static final java.util.regex.Pattern ID_NUMBER =
            java.util.regex.Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");
    /** Mainland mobile numbers, optionally with +86, and landlines with an area code (0571-87654321). */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?<![0-9])((\\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}|0[1-9][0-9]{1,2}-[0-9]{7,8})(?![0-9])");
    /** Bank card numbers: 16 to 19 digits, possibly grouped by spaces or hyphens. */
    private static final java.util.regex.Pattern BANK_CARD =
            java.util.regex.Pattern.compile("(?<![0-9])[0-9]{4}(?:[ -]?[0-9]){12,15}(?![0-9])");

    /**
     * Free text (request, facts and reasons) without the personal data people type into it: ID numbers, phone
     * numbers, bank cards and the petitioners' own names (个人信息保护法 Art 28, 51; issue: free text is never shown or
     * published in clear). The one redaction of the suite: the API's masked views and the published events use it.
     */
    public static String freeText(String text, java.util.Collection<String> petitionerNames) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = ID_NUMBER.matcher(text).replaceAll("[身份证号]");
        out = BANK_CARD.matcher(out).replaceAll("[银行卡号]");
        out = PHONE.matcher(out).replaceAll("[电话]");
        if (petitionerNames != null) {
            for (String name : petitionerNames) {
                if (name != null && name.codePointCount(0, name.length()) >= 2 && !erased(name)) {
                    out = out.replace(name, name(name));
                }
            }
        }
        return out;
    }
}
