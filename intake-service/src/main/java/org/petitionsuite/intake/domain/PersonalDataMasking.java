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
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** 330102199001011234 → 3301************34. */
    public static String idNumber(String id) {
        return id == null || id.length() < 8 ? id : id.substring(0, 4) + "*".repeat(id.length() - 6) + id.substring(id.length() - 2);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        return phone == null || phone.length() < 7 ? phone : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Keeps the first six characters (usually province, city and district), hides the rest. */
    public static String address(String address) {
        return address == null || address.length() <= 6 ? address : address.substring(0, 6) + "****";
    }
}
