package org.petitionsuite.intake.documents;

/** A document as a printable HTML page (A4, the petitioner's copy). */
public final class HtmlLayout {
    private HtmlLayout() {
    }

    public static String render(DocumentText text) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>""").append(escape(text.title())).append("""
                </title>
                <style>
                  @page { size: A4; margin: 25mm; }
                  body { font-family: "FangSong", "STFangsong", "Songti SC", "SimSun", serif; font-size: 16pt; line-height: 1.8; max-width: 160mm; margin: 0 auto; }
                  h1 { font-family: "SimHei", "Heiti SC", sans-serif; font-size: 22pt; text-align: center; margin-bottom: 0.2em; }
                  .number { text-align: right; font-size: 12pt; }
                  .signature { text-align: right; margin-top: 3em; }
                  p { margin: 0; white-space: pre-wrap; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>").append(escape(text.title())).append("</h1>\n");
        if (text.number() != null) {
            html.append("<p class=\"number\">").append(escape(text.number())).append("</p>\n");
        }
        for (String paragraph : text.paragraphs()) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        html.append("<div class=\"signature\">\n");
        for (String line : text.signature()) {
            html.append("<p>").append(escape(line)).append("</p>\n");
        }
        return html.append("</div>\n</body>\n</html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
