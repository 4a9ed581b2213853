package org.petitionsuite.documents;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The open-licensed TrueType fonts documents are set in, first choice first: each character takes the first font that
 * has a glyph for it, so a rare character in a name (𠮷, U+20BB7, GB 18030's supplementary planes) falls back to a font
 * that covers CJK Extension B instead of becoming a box. Only TrueType outlines: PDFBox subsets and embeds those, not
 * the CFF outlines of OpenType fonts such as Noto CJK.
 *
 * <p>Defaults are the paths of Debian's packages {@code fonts-arphic-uming} (AR PL UMing CN, a 明体 for Simplified
 * Chinese, Arphic Public License) and {@code fonts-hanazono} (HanaMin A/B, SIL OFL / Hanazono licence), which
 * {@code deploy/local/lib/tools.sh} and the container image install.
 *
 * <p>A font is parsed once and read from its file on demand; fontbox's readers are not thread-safe, so documents are
 * laid out one at a time ({@link PdfLayout} locks this object).
 */
public final class DocumentFonts {
    public static final List<String> DEBIAN = List.of(
            "/usr/share/fonts/truetype/arphic/uming.ttc#UMingCN",
            "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
            "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf");

    private final List<TrueTypeFont> fonts;
    private final List<CmapLookup> cmaps;

    private DocumentFonts(List<TrueTypeFont> fonts) throws IOException {
        this.fonts = fonts;
        List<CmapLookup> lookups = new ArrayList<>();
        for (TrueTypeFont font : fonts) {
            lookups.add(font.getUnicodeCmapLookup());
        }
        this.cmaps = List.copyOf(lookups);
    }

    /**
     * Opens each source, {@code path} or {@code path#FaceName} for a font collection (.ttc).
     *
     * @throws IllegalStateException naming every source that is missing or not a TrueType font
     */
    public static DocumentFonts open(List<String> sources) {
        List<TrueTypeFont> fonts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String source : sources) {
            try {
                fonts.add(openOne(source));
            } catch (IOException | RuntimeException e) {
                problems.add(source + " (" + e.getMessage() + ")");
            }
        }
        if (!problems.isEmpty()) {
            fonts.forEach(DocumentFonts::closeQuietly);
            throw new IllegalStateException("document fonts unusable: " + String.join("; ", problems)
                    + ". Install Debian's fonts-arphic-uming and fonts-hanazono, or name other TrueType fonts in the service's documents.fonts setting");
        }
        try {
            return new DocumentFonts(List.copyOf(fonts));
        } catch (IOException e) {
            throw new IllegalStateException("document fonts unusable: no Unicode character map in " + sources, e);
        }
    }

    private static TrueTypeFont openOne(String source) throws IOException {
        int hash = source.indexOf('#');
        Path path = Path.of(hash < 0 ? source : source.substring(0, hash));
        if (!Files.isReadable(path)) {
            throw new IOException("no readable file");
        }
        TrueTypeFont font;
        if (hash < 0) {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        } else {
            // The collection stays open as long as the face read from it.
            @SuppressWarnings("resource")
            TrueTypeCollection collection = new TrueTypeCollection(new File(path.toString()));
            font = collection.getFontByName(source.substring(hash + 1));
            if (font == null) {
                throw new IOException("no face " + source.substring(hash + 1) + " in the collection");
            }
        }
        if (font.getGlyph() == null) {
            throw new IOException("not TrueType outlines (CFF fonts cannot be subset)");
        }
        return font;
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts, first choice first. Use them only while holding this object's lock. */
    List<TrueTypeFont> fonts() {
        return fonts;
    }

    /** The index of the first font with a glyph for {@code codePoint}, or -1 if none has one. */
    int fontFor(int codePoint) {
        for (int i = 0; i < cmaps.size(); i++) {
            if (cmaps.get(i).getGlyphId(codePoint) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** How far {@code codePoint} advances the pen, in ems, in the font that draws it (the first font if none does). */
    float advanceInEm(int codePoint) {
        int font = Math.max(0, fontFor(codePoint));
        try {
            TrueTypeFont ttf = fonts.get(font);
            return (float) ttf.getAdvanceWidth(cmaps.get(font).getGlyphId(codePoint)) / ttf.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
