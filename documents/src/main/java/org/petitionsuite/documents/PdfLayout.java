package org.petitionsuite.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A document as an A4 PDF/A-2b, laid out after GB/T 9704-2012 (党政机关公文格式): 版心 156 × 225 mm with 37 mm top and
 * 28 mm left margins, body in 三号 (16 pt) on 22 lines a page, title in 二号 (22 pt), page numbers "— N —", and a seal
 * area over the issuing organ's name and date (§7.3.5.1: the seal 居中下压 the signature and date). Fonts are
 * embedded and subset ({@link DocumentFonts}), so the page reads the same on any reader; Chinese punctuation obeys
 * the line-breaking rules ({@link LineBreaking}). Output is deterministic: the same text gives the same bytes.
 */
public final class PdfLayout {
    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 28 * MM;
    private static final float TOP = 37 * MM;
    private static final float TEXT_WIDTH = 156 * MM;
    private static final float TEXT_HEIGHT = 225 * MM;
    private static final float BODY_SIZE = 16;
    private static final float LEADING = TEXT_HEIGHT / 22;
    private static final float TITLE_SIZE = 22;
    private static final float PAGE_NUMBER_SIZE = 14;
    /** 4.2 cm: the diameter of an organ's round seal (国务院关于国家行政机关和企业事业单位社会团体印章管理的规定). */
    private static final float SEAL_DIAMETER = 42 * MM;
    /** The character printed for one no font can draw (〓, the 缺字 mark), so a gap is visible, never silent. */
    static final int MISSING = 0x3013;
    private static final String PRODUCER = "petition-suite";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfLayout() {
    }

    public static byte[] render(DocumentText text, DocumentFonts fonts) {
        synchronized (fonts) {
            try (PDDocument document = new PDDocument()) {
                new Pages(document, fonts).write(text);
                describe(document, text);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("document layout failed: " + text.title(), e);
            }
        }
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** Pages being filled, top to bottom. */
    private static final class Pages {
        private final PDDocument document;
        private final DocumentFonts fonts;
        private final PDType0Font[] embedded;
        private final List<PDPageContentStream> streams = new ArrayList<>();
        private float y;

        Pages(PDDocument document, DocumentFonts fonts) {
            this.document = document;
            this.fonts = fonts;
            this.embedded = new PDType0Font[fonts.fonts().size()];
        }

        void write(DocumentText text) throws IOException {
            newPage();
            for (String line : wrap(text.title(), TITLE_SIZE)) {
                place(line, TITLE_SIZE, Align.CENTER, TITLE_SIZE * 1.6f);
            }
            if (text.number() != null) {
                place(text.number(), BODY_SIZE, Align.RIGHT, LEADING);
            }
            y -= LEADING / 2;
            for (String paragraph : text.paragraphs()) {
                for (String line : wrap(paragraph, BODY_SIZE)) {
                    place(line, BODY_SIZE, Align.LEFT, LEADING);
                }
            }
            signature(text.signature());
            finish();
        }

        /**
         * The signature block (GB/T 9704 §7.3.5.1): the date 右空四字 (four characters from the right edge), the organ
         * centred over the date, and the seal centred on both. It stays on one page with room for the seal; a page
         * that cannot hold it passes it to the next (a seal is never split from its signature).
         */
        private void signature(List<String> lines) throws IOException {
            if (lines.isEmpty()) {
                return;
            }
            float gap = LEADING * 1.5f;
            float height = lines.size() * LEADING;
            float below = Math.max(0, (SEAL_DIAMETER - height) / 2);
            if (y - gap - height - below < bottom()) {
                newPage();
            } else {
                y -= gap;
            }
            float top = y;
            String date = lines.get(lines.size() - 1);
            float right = LEFT + TEXT_WIDTH;
            float centre = right - 4 * BODY_SIZE - width(date, BODY_SIZE) / 2;
            for (String line : lines) {
                y -= LEADING;
                float width = width(line, BODY_SIZE);
                show(current(), line, BODY_SIZE, Math.max(LEFT, Math.min(centre - width / 2, right - width)), y);
            }
            seal(current(), centre, (top + y) / 2 + BODY_SIZE / 3);
        }

        /** The seal area: a light dashed circle where the organ presses its seal. */
        private static void seal(PDPageContentStream stream, float cx, float cy) throws IOException {
            float r = SEAL_DIAMETER / 2;
            float k = 0.5523f * r;
            stream.saveGraphicsState();
            stream.setStrokingColor(0.7f);
            stream.setLineWidth(0.6f);
            stream.setLineDashPattern(new float[] {3, 3}, 0);
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.closeAndStroke();
            stream.restoreGraphicsState();
        }

        private void place(String text, float size, Align align, float advance) throws IOException {
            if (y - advance < bottom()) {
                newPage();
            }
            y -= advance;
            float width = width(text, size);
            float x = switch (align) {
                case LEFT -> LEFT;
                case CENTER -> LEFT + (TEXT_WIDTH - width) / 2;
                case RIGHT -> LEFT + TEXT_WIDTH - width;
            };
            show(current(), text, size, x, y);
        }

        /**
         * Draws {@code text} in runs, each in the first font that has its characters; every line goes through here, so
         * a character no font has (in a title, number, signature or page number alike) is drawn as {@link #MISSING}.
         */
        private void show(PDPageContentStream stream, String text, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.newLineAtOffset(x, baseline);
            int[] codePoints = printable(text).codePoints().toArray();
            int start = 0;
            while (start < codePoints.length) {
                int font = fonts.fontFor(codePoints[start]);
                int end = start + 1;
                while (end < codePoints.length && fonts.fontFor(codePoints[end]) == font) {
                    end++;
                }
                stream.setFont(embedded(font), size);
                stream.showText(new String(codePoints, start, end - start));
                start = end;
            }
            stream.endText();
        }

        private PDType0Font embedded(int font) throws IOException {
            if (embedded[font] == null) {
                embedded[font] = PDType0Font.load(document, fonts.fonts().get(font), true);
            }
            return embedded[font];
        }

        private List<String> wrap(String paragraph, float size) {
            return LineBreaking.wrap(printable(paragraph), TEXT_WIDTH, cp -> advance(cp, size));
        }

        /** Every character as it will be printed: one no font has becomes {@link #MISSING}. */
        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> out.appendCodePoint(cp < 0x20 ? ' ' : fonts.fontFor(cp) < 0 ? MISSING : cp));
            return out.toString();
        }

        private float width(String s, float size) {
            float width = 0;
            for (int cp : printable(s).codePoints().toArray()) {
                width += advance(cp, size);
            }
            return width;
        }

        private float advance(int codePoint, float size) {
            return fonts.advanceInEm(codePoint) * size;
        }

        private static float bottom() {
            return PAGE.getHeight() - TOP - TEXT_HEIGHT;
        }

        private PDPageContentStream current() {
            return streams.get(streams.size() - 1);
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            streams.add(new PDPageContentStream(document, page));
            y = PAGE.getHeight() - TOP;
        }

        /** Page numbers once the count is known, then the streams closed. */
        private void finish() throws IOException {
            for (int i = 0; i < streams.size(); i++) {
                if (streams.size() > 1) {
                    String number = "— " + (i + 1) + " —";
                    float x = LEFT + (TEXT_WIDTH - width(number, PAGE_NUMBER_SIZE)) / 2;
                    show(streams.get(i), number, PAGE_NUMBER_SIZE, x, bottom() - 14 * MM);
                }
                streams.get(i).close();
            }
        }
    }

    /**
     * PDF/A-2b (ISO 19005-2): XMP metadata matching the document information, an sRGB output intent, and a file
     * identifier that is a digest of the text (PDF 32000 §14.4), so equal documents are equal bytes.
     */
    private static void describe(PDDocument document, DocumentText text) throws IOException {
        document.getDocument().setVersion(1.7f);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.title());
        info.setProducer(PRODUCER);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(text.title());
        dublinCore.addLanguage("zh-CN");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("B");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            // The JDK's transformer writes the language attribute of dc:title without its xml: prefix, which XMP
            // readers (and veraPDF, rule 6.6.2.1) reject; the attribute is the only one xmpbox writes unprefixed.
            String packet = serialized.toString(StandardCharsets.UTF_8).replace(" lang=\"", " xml:lang=\"");
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (Exception e) {
            throw new IOException("XMP metadata", e);
        }
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
        document.getDocumentCatalog().setLanguage("zh-CN");
        COSString id = new COSString(digest(text));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(DocumentText text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
