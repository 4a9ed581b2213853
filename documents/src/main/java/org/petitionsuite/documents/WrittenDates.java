package org.petitionsuite.documents;

import java.time.LocalDate;

/** Dates as official documents write them (GB/T 9704 §7.3.5: 成文日期用阿拉伯数字将年、月、日标全): 2026年11月21日. */
public final class WrittenDates {
    private WrittenDates() {
    }

    public static String of(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
