package org.petitionsuite.intake.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.petitionsuite.intake.config.IntakeConfig;
import org.petitionsuite.intake.domain.RepeatSimilarity;

/**
 * Proposes repeats (重复件) when a petition is registered, so that 件/事项, 重复信访率 and Art 36 ¶3 no longer depend on a
 * clerk remembering to type {@code repeatOf}: the earlier petitions of the same county within the look-back window are
 * compared with it ({@link RepeatSimilarity}), and the best item of each matter scoring at least the threshold is
 * proposed. Runs in the read-model projection's transaction, over the petitions already projected: a rebuild proposes
 * the same, except where two petitions of one county were registered so close together that the projection's segments
 * take them in another order (each may then miss the other). The clerk's decisions are events and survive either way.
 */
@ApplicationScoped
public class RepeatProposals {
    private final IntakeConfig.Repeats settings;

    RepeatProposals(IntakeConfig config) {
        this.settings = config.repeats();
    }

    void propose(PetitionView fresh) {
        if (fresh.repeatOf != null) {
            return; // the clerk named the matter at registration
        }
        Instant since = fresh.receivedAt.minus(settings.lookBack());
        List<PetitionView> pool = PetitionView.<PetitionView>find("substring(placeCode12, 1, 6) = ?1 and receivedAt >= ?2 "
                        + "and petitionId <> ?3 order by receivedAt desc, petitionId", fresh.placeCode12.substring(0, 6), since,
                fresh.petitionId).page(0, settings.poolSize()).list();
        RepeatSimilarity.Item item = item(fresh);
        String ownMatter = matterOf(fresh);
        Map<String, RepeatProposalView> bestPerMatter = new HashMap<>();
        for (PetitionView earlier : pool) {
            String matter = matterOf(earlier);
            if (matter.equals(ownMatter)) {
                continue;
            }
            RepeatSimilarity.Signals signals = RepeatSimilarity.compare(item, item(earlier));
            double score = Math.round(signals.score() * 1000) / 1000.0;
            RepeatProposalView best = bestPerMatter.get(matter);
            if (score >= settings.threshold() && (best == null || score > best.score)) {
                bestPerMatter.put(matter, proposal(fresh.petitionId, earlier.petitionId, matter, score, signals));
            }
        }
        bestPerMatter.values().stream()
                .sorted(Comparator.comparingDouble((RepeatProposalView p) -> -p.score).thenComparing(p -> p.key.candidateId()))
                .limit(settings.maxProposals())
                .forEach(p -> p.persist());
    }

    private static RepeatProposalView proposal(String petitionId, String candidateId, String matter, double score,
                                               RepeatSimilarity.Signals signals) {
        RepeatProposalView p = new RepeatProposalView();
        p.key = new RepeatProposalView.Key(petitionId, candidateId);
        p.matterId = matter;
        p.score = score;
        p.samePerson = signals.samePerson();
        p.samePlace = signals.samePlace();
        p.sameCategoryFamily = signals.sameCategoryFamily();
        p.textSimilarity = Math.round(signals.textSimilarity() * 1000) / 1000.0;
        p.state = RepeatProposalView.PROPOSED;
        return p;
    }

    private static String matterOf(PetitionView v) {
        return v.matterId == null ? v.petitionId : v.matterId;
    }

    private static RepeatSimilarity.Item item(PetitionView v) {
        return new RepeatSimilarity.Item(v.petitioners, v.placeOfMatter, v.contentCategory, v.request, v.factsAndReasons);
    }
}
