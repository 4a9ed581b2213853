package org.petitionsuite.routing.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;

/**
 * The labelled statute cases ({@code classification/statute-cases.txt}; its header says how they are labelled and
 * split): tune cases may shape the rules, held-out cases never do.
 */
record StatuteCases() {
    static final String RESOURCE = "/classification/statute-cases.txt";

    /** One case: what the clerk registered and the channel the statute gives it, with the article and law. */
    record Case(String id, boolean heldOut, Purpose purpose, String category, String text, LegalChannel channel,
                String basis) {

        /** A long narrative letter: 200 to 600 characters. */
        boolean isLong() {
            int length = text.codePointCount(0, text.length());
            return length >= 200 && length <= 600;
        }

        /** The 条例's article the basis starts with, e.g. "Art 31(一)" of "条例 Art 31(一); 民事诉讼法 …". */
        String article() {
            return basis.split(";")[0].replace("条例", "").strip();
        }

        Matter matter() {
            return new Matter(purpose, category, text, text, "110101");
        }
    }

    static List<Case> all() {
        try (InputStream in = StatuteCases.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(StatuteCases::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parse(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 7 || !List.of("tune", "held-out").contains(f[1])) {
            throw new IllegalArgumentException("not a case line: " + line);
        }
        return new Case(f[0], f[1].equals("held-out"), Purpose.valueOf(f[2]), f[3], f[4], LegalChannel.valueOf(f[5]), f[6]);
    }
}
