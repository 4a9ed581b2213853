package org.petitionsuite.routing.catalog;

import com.huaban.analysis.jieba.SegToken;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter read clause by clause, so that a word counts for what the petitioner asks and states, not for what they
 * mention in passing: a clause that tells what an earlier organ did or said ("曾到派出所报警", "民警说属于劳动纠纷") is
 * background, and a word under a negation ("我们不想起诉") is not asked for. Only the petitioner's own clauses decide a
 * channel (issue 19: an earlier organ outranked the subject, negations were ignored).
 *
 * <p>The letter is read in words ({@link Words}): a keyword matches one word or several in a row ("拖欠工资" in
 * 拖欠|工资), never characters inside a domain word ("起诉" is not found in "不起诉决定"). A word the catalog
 * lists as a synonym counts as the word it stands for (社保 → 社会保险). A catalog keyword may name several words joined
 * by {@code +} ("社会保险+补缴"): all of them in one sentence, in any order, so that wording variants ("未给我缴纳社会保险
 * ……要求补缴") still match.
 */
final class Reading {
    /**
     * How a word counts, strongest first: ASKED in what the petitioner asks for (from a request cue to the end of its
     * sentence), OWN in what they state, BACKGROUND in what an earlier organ did or said, NEGATED under a negation.
     */
    enum Role {
        ASKED, OWN, BACKGROUND, NEGATED;

        /** Whether a word in this role is the petitioner's own: asked or stated. */
        boolean counts() {
            return this == ASKED || this == OWN;
        }
    }

    private static final Pattern SENTENCES = Pattern.compile("[。！？；;!?\\n]+");
    private static final Pattern CLAUSES = Pattern.compile("[，,、：:]+");
    /** Negation cues: the words after them, in the same clause, are not asked for. */
    private static final Pattern NEGATION = Pattern.compile(
            "不想|不愿|不打算|不准备|不要求|不是要|无意|并不|不去|不会去|不申请|不求|没有.{0,6}打算|没想");
    /** Request cues: from one to the end of its sentence, the petitioner says what they ask for. */
    private static final Pattern REQUEST = Pattern.compile("请求|要求|希望|恳请|恳求|诉求|请帮|盼望|申请");
    /** What an earlier organ did or said, or what the petitioner did before: background, not the request. */
    private static final Pattern BACKGROUND = Pattern.compile(
            "(曾经?|之前|此前|先前|以前|早前)(到|向|找|去|打|报|在|也)"
                    + "|(去|找|到|打|报|问|咨询|反映|投诉)过"
                    + "|(民警|警察|派出所|法院|法官|工作人员|窗口|律师|村干部|镇里|街道|社区|物业|部门|局|所里)"
                    + ".{0,8}(说|让我|让我们|建议我|建议我们|称|答复|告诉我|告知我)");

    private final List<List<Clause>> clauses = new ArrayList<>();

    /**
     * One clause as its words, each synonym replaced by the word it stands for, joined ({@code text}); {@code shielded}
     * marks the characters of domain words, which a keyword may not cut into.
     */
    private record Clause(String text, BitSet bounds, BitSet shielded, Role role, int negatedFrom) {
        /** Whether [from, to) cuts into a domain word: it starts or ends inside one. */
        boolean cutsADomainWord(int from, int to) {
            return (!bounds.get(from) && shielded.get(from)) || (!bounds.get(to) && shielded.get(to - 1) && shielded.get(to));
        }
    }

    /** @param synonyms a word as written → the catalog's word for it */
    Reading(String text, Map<String, String> synonyms) {
        for (String sentence : SENTENCES.split(text == null ? "" : text)) {
            if (sentence.isBlank()) {
                continue;
            }
            List<Clause> parts = new ArrayList<>();
            boolean asking = false;
            for (String clause : CLAUSES.split(sentence)) {
                StringBuilder words = new StringBuilder();
                BitSet bounds = new BitSet();
                BitSet shielded = new BitSet();
                bounds.set(0);
                for (SegToken token : Words.of(clause)) {
                    if (!token.word.isBlank()) {
                        String word = synonyms.getOrDefault(token.word, token.word);
                        if (Words.shields(word)) {
                            shielded.set(words.length(), words.length() + word.length());
                        }
                        words.append(word);
                        bounds.set(words.length());
                    }
                }
                Matcher negation = NEGATION.matcher(words);
                int negatedFrom = negation.find() ? negation.end() : -1;
                Role role;
                if (BACKGROUND.matcher(clause).find()) {
                    role = Role.BACKGROUND;
                } else {
                    asking |= REQUEST.matcher(clause).find();
                    role = asking ? Role.ASKED : Role.OWN;
                }
                parts.add(new Clause(words.toString(), bounds, shielded, role, negatedFrom));
            }
            clauses.add(parts);
        }
    }

    /** A letter read without synonyms. */
    Reading(String text) {
        this(text, Map.of());
    }

    /**
     * How {@code keyword} occurs at its strongest: ASKED or OWN when the petitioner asks or states it in a clause of
     * their own and not under a negation; BACKGROUND or NEGATED when it occurs only so; empty when it does not occur. A
     * {@code +}-joined keyword occurs when all its words stand in one sentence; its role is that of its weakest word.
     */
    Optional<Role> find(String keyword) {
        String[] words = keyword.split("\\+");
        Role best = null;
        for (List<Clause> sentence : clauses) {
            Role weakest = Role.ASKED;
            boolean all = true;
            for (String word : words) {
                Role role = strongest(sentence, word);
                if (role == null) {
                    all = false;
                    break;
                }
                weakest = role.ordinal() > weakest.ordinal() ? role : weakest;
            }
            if (all && (best == null || weakest.ordinal() < best.ordinal())) {
                best = weakest;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the keyword occurs anywhere, in whatever role (exclusions apply to any mention). */
    boolean mentions(String keyword) {
        return find(keyword).isPresent();
    }

    private static Role strongest(List<Clause> sentence, String word) {
        Role best = null;
        for (Clause clause : sentence) {
            for (int at = clause.text().indexOf(word); at >= 0; at = clause.text().indexOf(word, at + 1)) {
                if (clause.cutsADomainWord(at, at + word.length())) {
                    continue; // characters inside a domain word that means something else ("起诉" in "不起诉")
                }
                Role role = clause.role() == Role.BACKGROUND ? Role.BACKGROUND
                        : clause.negatedFrom() >= 0 && at >= clause.negatedFrom() ? Role.NEGATED : clause.role();
                if (best == null || role.ordinal() < best.ordinal()) {
                    best = role;
                }
            }
        }
        return best;
    }
}
