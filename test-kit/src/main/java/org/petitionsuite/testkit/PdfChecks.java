package org.petitionsuite.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a person would check on a printed document, as tests: each method returns the problems it found, empty when
 * there are none, so a test asserts emptiness and a failure names what is wrong.
 */
public final class PdfChecks {
    private static final float DPI = 100;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** veraPDF's verdict on PDF/A-2b: the rules failed. */
    public static List<String> pdfa2bViolations(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .forEach(a -> failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()));
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant");
            }
            return failed.stream().distinct().toList();
        } catch (Exception e) {
            return List.of("veraPDF could not read it: " + e);
        }
    }

    /** Fonts on any page that are not embedded or not subset (a subset's name starts with a six-letter tag). */
    public static List<String> fontsNotEmbeddedAndSubset(PDDocument document) throws IOException {
        List<String> problems = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded() || !font.getName().matches("[A-Z]{6}\\+.*")) {
                    problems.add(font.getName() + (font.isEmbedded() ? " is not subset" : " is not embedded"));
                }
            }
        }
        return problems;
    }

    /**
     * Text that is not drawn: each page rendered to an image must show ink inside every character's box, and distinct
     * characters must look distinct (a missing font draws the same empty box for all). The pages are written as PNG to
     * {@code pages} ({@code <name>-<page>.png}) for a person to look at.
     */
    public static List<String> undrawnText(PDDocument document, Path pages, String name) throws IOException {
        List<String> problems = new ArrayList<>();
        PDFRenderer renderer = new PDFRenderer(document);
        Files.createDirectories(pages);
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            BufferedImage image = renderer.renderImageWithDPI(p, DPI);
            ImageIO.write(image, "png", pages.resolve(name + "-" + (p + 1) + ".png").toFile());
            Set<String> looks = new HashSet<>();
            Set<String> characters = new HashSet<>();
            for (TextPosition glyph : positions(document, p + 1)) {
                if (glyph.getUnicode().isBlank()) {
                    continue;
                }
                String ink = ink(image, glyph);
                if (!ink.contains("#")) {
                    problems.add("page " + (p + 1) + ": " + glyph.getUnicode() + " is not drawn");
                }
                if (characters.add(glyph.getUnicode())) {
                    looks.add(ink);
                }
            }
            if (looks.size() <= characters.size() * 3 / 4) {
                problems.add("page " + (p + 1) + ": " + characters.size() + " distinct characters drawn in only "
                        + looks.size() + " distinct shapes");
            }
        }
        return problems;
    }

    /** The text of the PDF without page numbers ("— 1 —") and white space, to compare with {@link #visibleText}. */
    public static String text(PDDocument document) {
        try {
            return compact(new PDFTextStripper().getText(document).replaceAll("— \\d+ —", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a reader sees of an HTML page: the text of its body, entities decoded, without white space. */
    public static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return compact(body.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&"));
    }

    private static String compact(String s) {
        return s.replaceAll("\\s", "");
    }

    private static List<TextPosition> positions(PDDocument document, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return positions;
    }

    /** The glyph's box as a coarse bitmap: '#' for an inked pixel, '.' for paper. */
    private static String ink(BufferedImage image, TextPosition glyph) {
        float scale = DPI / 72;
        int x0 = Math.max(0, (int) (glyph.getXDirAdj() * scale));
        int x1 = Math.min(image.getWidth(), (int) ((glyph.getXDirAdj() + glyph.getWidthDirAdj()) * scale) + 1);
        int y1 = Math.min(image.getHeight(), (int) (glyph.getYDirAdj() * scale) + 2);
        int y0 = Math.max(0, y1 - (int) (glyph.getFontSizeInPt() * scale));
        StringBuilder ink = new StringBuilder();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                ink.append(luminance < 200 ? '#' : '.');
            }
            ink.append('\n');
        }
        return ink.toString();
    }
}
