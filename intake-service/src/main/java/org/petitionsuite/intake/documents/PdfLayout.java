package org.petitionsuite.intake.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * A document as an A4 PDF, written directly (no PDF library). The text is set in Adobe's standard Chinese font
 * STSong-Light with the predefined UniGB-UCS2-H encoding, which every conforming reader supplies (PDF 32000 §9.7.5.2),
 * so no font file ships with the suite; a ToUnicode map keeps the text searchable and copyable. Output is
 * deterministic: the same text gives the same bytes.
 */
public final class PdfLayout {
    private static final double PAGE_WIDTH = 595.28;
    private static final double PAGE_HEIGHT = 841.89;
    private static final double MARGIN = 72;
    private static final double TITLE_SIZE = 20;
    private static final double NUMBER_SIZE = 10.5;
    private static final double BODY_SIZE = 14;
    private static final double LEADING = 26;
    /** The same for every document, so built once. */
    private static final byte[] TO_UNICODE = toUnicode().getBytes(StandardCharsets.US_ASCII);

    private PdfLayout() {
    }

    public static byte[] render(DocumentText text) {
        List<StringBuilder> pages = new ArrayList<>();
        Cursor cursor = new Cursor(pages);
        cursor.line(text.title(), TITLE_SIZE, Align.CENTER, TITLE_SIZE * 2);
        if (text.number() != null) {
            cursor.line(text.number(), NUMBER_SIZE, Align.RIGHT, LEADING);
        }
        for (String paragraph : text.paragraphs()) {
            for (String line : wrap(paragraph, BODY_SIZE, PAGE_WIDTH - 2 * MARGIN)) {
                cursor.line(line, BODY_SIZE, Align.LEFT, LEADING);
            }
        }
        cursor.skip(LEADING * 2);
        for (String line : text.signature()) {
            cursor.line(line, BODY_SIZE, Align.RIGHT, LEADING);
        }
        return assemble(pages, text.title());
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** Where the next line goes; starts a new page when the current one is full. */
    private static final class Cursor {
        private final List<StringBuilder> pages;
        private double y;

        Cursor(List<StringBuilder> pages) {
            this.pages = pages;
            newPage();
        }

        private void newPage() {
            pages.add(new StringBuilder());
            y = PAGE_HEIGHT - MARGIN;
        }

        void skip(double height) {
            y -= height;
        }

        void line(String s, double size, Align align, double advance) {
            if (y - advance < MARGIN) {
                newPage();
            }
            y -= advance;
            double width = widthInEm(s) * size;
            double x = switch (align) {
                case LEFT -> MARGIN;
                case CENTER -> (PAGE_WIDTH - width) / 2;
                case RIGHT -> PAGE_WIDTH - MARGIN - width;
            };
            pages.get(pages.size() - 1).append(String.format(Locale.ROOT, "BT /F1 %.1f Tf %.2f %.2f Td <%s> Tj ET%n",
                    size, x, y, hex(s)));
        }
    }

    /** Breaks a paragraph into lines that fit {@code width}: Chinese breaks anywhere, so by characters. */
    static List<String> wrap(String paragraph, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            double w = charWidthInEm(c) * size;
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(c);
            used += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Half-width for ASCII (the font's CIDs 1–95, given width 500), full width for everything else. */
    private static double charWidthInEm(char c) {
        return c >= 0x20 && c < 0x7f ? 0.5 : 1.0;
    }

    private static double widthInEm(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            em += charWidthInEm(s.charAt(i));
        }
        return em;
    }

    /** UniGB-UCS2-H takes UTF-16 code units as character codes. */
    private static String hex(String s) {
        StringBuilder out = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(String.format("%04X", c < 0x20 ? (int) ' ' : (int) c));
        }
        return out.toString();
    }

    private static byte[] assemble(List<StringBuilder> pages, String title) {
        Writer pdf = new Writer();
        int pagesRef = 2;
        int fontRef = 3;
        int firstPageRef = 8;
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(firstPageRef + 2 * i).append(" 0 R ");
        }
        pdf.object(pagesRef, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
        pdf.object(fontRef, "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H"
                + " /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>");
        pdf.object(4, "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R"
                + " /DW 1000 /W [1 95 500] >>");
        pdf.object(5, "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        pdf.stream(6, "", TO_UNICODE);
        pdf.object(7, "<< /Producer (petition-suite) /Title <FEFF" + hex(title) + "> >>");
        for (int i = 0; i < pages.size(); i++) {
            int pageRef = firstPageRef + 2 * i;
            pdf.object(pageRef, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT + "]"
                    + " /Resources << /Font << /F1 3 0 R >> >> /Contents " + (pageRef + 1) + " 0 R >>");
            pdf.stream(pageRef + 1, " /Filter /FlateDecode", deflate(pages.get(i).toString().getBytes(StandardCharsets.US_ASCII)));
        }
        return pdf.finish(7);
    }

    /** Character code = UTF-16 code unit, so the map is the identity, written as 256 ranges (PDF 32000 §9.10.3). */
    private static String toUnicode() {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        for (int block = 0; block < 256; block += 100) {
            int end = Math.min(256, block + 100);
            cmap.append(end - block).append(" beginbfrange\n");
            for (int high = block; high < end; high++) {
                cmap.append(String.format("<%02X00> <%02XFF> <%02X00>%n", high, high, high));
            }
            cmap.append("endbfrange\n");
        }
        return cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Objects with their byte offsets, then the cross-reference table and trailer. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final TreeMap<Integer, Integer> offsets = new TreeMap<>();

        Writer() {
            write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        void object(int number, String body) {
            offsets.put(number, out.size());
            write(number + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int number, String extraDictionary, byte[] data) {
            offsets.put(number, out.size());
            write(number + " 0 obj\n<< /Length " + data.length + extraDictionary + " >>\nstream\n");
            out.writeBytes(data);
            write("\nendstream\nendobj\n");
        }

        byte[] finish(int infoRef) {
            int xref = out.size();
            int size = offsets.lastKey() + 1;
            StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
            for (int i = 1; i < size; i++) {
                Integer offset = offsets.get(i);
                table.append(offset == null ? "0000000000 65535 f \n" : String.format("%010d 00000 n \n", offset));
            }
            write(table + "trailer\n<< /Size " + size + " /Root 1 0 R /Info " + infoRef + " 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
