package org.petitionsuite.contract;

/**
 * 信访目的 as the national system records it (petition-rules.md §2.4). Roughly: 求决 and 申诉 are 申诉求决类 (条例 Art 31),
 * 揭发控告 is 检举控告类 (Art 30), 意见建议 is 建议意见类 (Art 29); routing decides the kind.
 */
public enum Purpose {
    /** 求决 */
    SEEK_RESOLUTION,
    /** 意见建议 */
    OPINION_OR_SUGGESTION,
    /** 申诉 */
    APPEAL,
    /** 揭发控告 */
    REPORT_OR_ACCUSATION,
    /** 其他 */
    OTHER
}
