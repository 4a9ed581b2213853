package org.petitionsuite.routing.catalog;

import org.petitionsuite.contract.LegalChannel;

/**
 * One entry of the classification catalog (依法分类处理清单): when the conditions hold, the matter goes down
 * {@code channel}, for the reason given. The kind (Art 29/30/31) follows from the channel.
 *
 * @param priority  the rule's base score when it matches ({@link Scoring}); on equal scores the higher priority decides
 * @param article   the legal basis shown with the decision; the channel's article when absent
 * @param rationale why, in words a petitioner and an auditor understand
 */
public record Rule(String id, int priority, Conditions when, LegalChannel channel, String article, String rationale) {

    public String articleOrDefault() {
        return article == null || article.isBlank() ? channel.article() : article;
    }
}
