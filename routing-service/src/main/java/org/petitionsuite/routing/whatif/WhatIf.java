package org.petitionsuite.routing.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Route;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/**
 * Catalog what-if: replays a draft catalog over past petitions and reports which decisions would change, by channel
 * and by receiving organ, with examples, before the draft is adopted. Compares with the decisions actually made, and,
 * where the petition department confirmed or corrected the catalog (the confirmation queue), with the channel it holds
 * right: how many of those labels the catalog in force got right and how many the draft would.
 */
public final class WhatIf {
    static final int EXAMPLES = 20;

    /**
     * A past decision: the matter, and the channel and organ it got; the catalog's own channel and the channel the
     * petition department confirmed (null when not confirmed).
     */
    public record PastDecision(String petitionId, Matter matter, LegalChannel channel, String ruleId, String organCode,
                               LegalChannel catalogChannel, LegalChannel confirmedChannel) {
    }

    /**
     * Against the confirmed labels: how many there are, how many the catalog in force and the draft get right, how many
     * the draft fixes and breaks, with examples of both.
     */
    public record Labels(long confirmed, long rightInForce, long rightWithDraft, long fixed, long broken,
                         List<LabelExample> examples) {
    }

    public record LabelExample(String petitionId, LegalChannel confirmedChannel, LegalChannel channelInForce,
                               LegalChannel channelDraft, String ruleDraft) {
    }

    public record Change(String from, String to, long count) {
    }

    public record Example(String petitionId, String request, LegalChannel channelNow, String ruleNow, String organNow,
                          LegalChannel channelDraft, String ruleDraft, String organDraft, String draftCatalogVersion) {
    }

    public record Report(List<String> draftFiles, long petitionsCompared, long decisionsChanged, List<Change> byChannel,
                         List<Change> byAuthority, List<Example> examples, Labels labels) {
    }

    private WhatIf() {
    }

    public static Report compare(Iterable<PastDecision> past, CatalogLibrary draft, AuthorityDirectory directory) {
        long compared = 0;
        long changed = 0;
        Map<String, Long> byChannel = new LinkedHashMap<>();
        Map<String, Long> byAuthority = new LinkedHashMap<>();
        List<Example> examples = new ArrayList<>();
        long confirmed = 0;
        long rightInForce = 0;
        long rightWithDraft = 0;
        long fixed = 0;
        long broken = 0;
        List<LabelExample> labelExamples = new ArrayList<>();
        for (PastDecision decision : past) {
            compared++;
            Classification draftClassification = draft.forPlace(decision.matter().placeOfMatter()).classify(decision.matter());
            if (decision.confirmedChannel() != null) {
                confirmed++;
                boolean wasRight = decision.catalogChannel() == decision.confirmedChannel();
                boolean isRight = draftClassification.channel() == decision.confirmedChannel();
                rightInForce += wasRight ? 1 : 0;
                rightWithDraft += isRight ? 1 : 0;
                fixed += !wasRight && isRight ? 1 : 0;
                broken += wasRight && !isRight ? 1 : 0;
                if (wasRight != isRight && labelExamples.size() < EXAMPLES) {
                    labelExamples.add(new LabelExample(decision.petitionId(), decision.confirmedChannel(),
                            decision.catalogChannel(), draftClassification.channel(), draftClassification.ruleId()));
                }
            }
            Route draftRoute = directory.resolve(decision.matter(), draftClassification);
            String draftOrgan = draftRoute.organ() == null ? null : draftRoute.organ().code();
            boolean channelChanges = draftClassification.channel() != decision.channel();
            boolean organChanges = !Objects.equals(draftOrgan, decision.organCode());
            if (!channelChanges && !organChanges) {
                continue;
            }
            changed++;
            if (channelChanges) {
                byChannel.merge(decision.channel() + " → " + draftClassification.channel(), 1L, Long::sum);
            }
            if (organChanges) {
                byAuthority.merge(decision.organCode() + " → " + draftOrgan, 1L, Long::sum);
            }
            if (examples.size() < EXAMPLES) {
                examples.add(new Example(decision.petitionId(), decision.matter().request(), decision.channel(),
                        decision.ruleId(), decision.organCode(), draftClassification.channel(), draftClassification.ruleId(),
                        draftOrgan, draftClassification.catalogVersion()));
            }
        }
        return new Report(draft.versions(), compared, changed, changes(byChannel), changes(byAuthority), examples,
                new Labels(confirmed, rightInForce, rightWithDraft, fixed, broken, labelExamples));
    }

    private static List<Change> changes(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> {
                    String[] fromTo = e.getKey().split(" → ", 2);
                    return new Change(fromTo[0], fromTo[1], e.getValue());
                })
                .sorted(Comparator.comparingLong(Change::count).reversed())
                .toList();
    }
}
