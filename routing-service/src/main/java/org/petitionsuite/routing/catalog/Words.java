package org.petitionsuite.routing.catalog;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chinese word segmentation (jieba, its general dictionary in the jar) with the catalog's domain dictionary: the words
 * of petition work ({@code catalog/domain-words.txt}) and every catalog keyword (kept together as words). A keyword is
 * not found inside a curated domain word that means something else ("起诉" is not in "不起诉", "开除" is not in "开除党
 * 籍"); only those shield their characters: jieba's general dictionary also makes mistakes ("某局局长" → 某|局局长),
 * which must not hide a keyword.
 *
 * <p>jieba's dictionary is one per JVM and grows as catalogs are loaded (a draft's keywords too: learning a word only
 * keeps it together; it never makes another keyword match). Segmenting and learning take one lock, as jieba's trie is
 * not safe to read while it grows.
 */
final class Words {
    /** A frequency high enough that jieba keeps a domain word together rather than splitting it. */
    private static final int DOMAIN_FREQUENCY = 3000;
    private static final Object LOCK = new Object();
    /** Every word added to jieba's dictionary, so that each is added once. */
    private static final Set<String> LEARNED = new HashSet<>();
    /** The curated domain words (the first field of each line): a keyword is not found inside one ("起诉" in 不起诉). */
    private static final List<String> DOMAIN_LINES = domainLines();
    private static final Set<String> SHIELDING = DOMAIN_LINES.stream().map(line -> line.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());
    private static JiebaSegmenter segmenter;

    private Words() {
    }

    /** The words of {@code text} in order, each with its offsets; punctuation and spaces come as their own tokens. */
    static List<SegToken> of(String text) {
        synchronized (LOCK) {
            return segmenter().process(text, JiebaSegmenter.SegMode.SEARCH);
        }
    }

    /**
     * Whether the word is a curated domain word, whose characters no keyword may cut into. A catalog keyword is not:
     * "未签订劳动合同" holds "劳动合同" with the same meaning.
     */
    static boolean shields(String word) {
        return SHIELDING.contains(word);
    }

    /** Adds words to the domain dictionary (catalog keywords, the parts of "A+B" keywords). */
    static void learn(Collection<String> words) {
        synchronized (LOCK) {
            segmenter();
            Set<String> fresh = words.stream().map(String::strip).filter(w -> w.length() > 1 && !LEARNED.contains(w))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (fresh.isEmpty()) {
                return;
            }
            load(fresh.stream().map(w -> w + " " + DOMAIN_FREQUENCY).collect(Collectors.joining("\n", "", "\n")));
            LEARNED.addAll(fresh);
        }
    }

    private static JiebaSegmenter segmenter() {
        if (segmenter == null) {
            withoutJiebasReports(() -> segmenter = new JiebaSegmenter()); // its general dictionary: about 3 s on 2 cores
            load(DOMAIN_LINES.stream().map(w -> w.contains(" ") ? w : w + " " + DOMAIN_FREQUENCY)
                    .collect(Collectors.joining("\n", "", "\n")));
            LEARNED.addAll(SHIELDING);
        }
        return segmenter;
    }

    /** {@code catalog/domain-words.txt} without comments and blank lines: "word" or "word frequency". */
    private static List<String> domainLines() {
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream("catalog/domain-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("catalog/domain-words.txt is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jieba's progress reports ("… load finished, time elapsed …"), printed to standard output, where our JSON logs go. */
    private static final java.util.regex.Pattern JIEBA_REPORT = java.util.regex.Pattern.compile(
            "^(main dict|user dict|model) .*(load finished|loading).*$|^model load finished.*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Runs a jieba load with its progress reports left out of standard output and error, so that a log collector reading
     * the service's JSON lines does not meet plain text; every other line still goes through.
     */
    private static void withoutJiebasReports(Runnable load) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        System.setOut(filtered(out));
        System.setErr(filtered(err));
        try {
            load.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static java.io.PrintStream filtered(java.io.PrintStream target) {
        return new java.io.PrintStream(target, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                if (line == null || !JIEBA_REPORT.matcher(line).matches()) {
                    target.println(line);
                }
            }
        };
    }

    /** jieba reads user dictionaries from files only. */
    private static void load(String dictionary) {
        try {
            Path file = Files.createTempFile("petition-words", ".txt");
            try {
                Files.writeString(file, dictionary, StandardCharsets.UTF_8);
                withoutJiebasReports(() -> WordDictionary.getInstance().loadUserDict(file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
