package org.petitionsuite.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks Chinese text into lines (GB/T 15834-2011 标点符号用法 §5.1.3 and the common 避头尾 rules of Chinese
 * typesetting, W3C clreq §3.1.7): Chinese breaks between any two characters, except that closing punctuation (。，、；：？！
 * ）》」…) never starts a line, opening punctuation (（《「“…) never ends one, and a run of Latin letters and digits (a
 * date, a number, an identifier) is not split. A line that would break the rules gives its last characters to the next
 * line (推出); a run too long for a line is broken where the line is full.
 */
final class LineBreaking {
    private static final String NO_LINE_START = "。，、；：？！）］｝〕】》〉」』”’…—～·％‰°℃.,;:?!)]}%";
    private static final String NO_LINE_END = "（［｛〔【《〈「『“‘([{";

    private LineBreaking() {
    }

    /** The lines of {@code paragraph} no wider than {@code width}, measured by {@code advance} per code point. */
    static List<String> wrap(String paragraph, double width, IntToDoubleFunction advance) {
        int[] cps = paragraph.codePoints().toArray();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            double used = 0;
            int full = start;
            while (full < cps.length && (full == start || used + advance.applyAsDouble(cps[full]) <= width)) {
                used += advance.applyAsDouble(cps[full]);
                full++;
            }
            int end = full;
            if (end < cps.length) {
                while (end > start + 1 && !breakable(cps[end - 1], cps[end])) {
                    end--;
                }
                if (end == start + 1 && !breakable(cps[start], cps[start + 1])) {
                    end = full;
                }
            }
            lines.add(new String(cps, start, end - start));
            start = end;
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Whether a line may end after {@code before} and the next start with {@code after}. */
    static boolean breakable(int before, int after) {
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return !(word(before) && word(after));
    }

    private static boolean word(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_' || cp == '/');
    }
}
