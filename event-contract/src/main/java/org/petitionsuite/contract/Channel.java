package org.petitionsuite.contract;

/**
 * 信访形式: how a petition reached us (petition-rules.md §2.4). Statistics group everything but {@link #LETTER} and
 * {@link #VISIT} as online (网信).
 */
public enum Channel {
    /** 来信 */
    LETTER,
    /** 来访 */
    VISIT,
    /** 电话信访 */
    PHONE,
    /** 网上信访 */
    ONLINE,
    /** 手机信访 (app, WeChat) */
    MOBILE,
    /** 领导信箱 */
    LEADER_MAILBOX,
    /** Received by a county's own system and passed on through its integration. */
    COUNTY_SYSTEM
}
