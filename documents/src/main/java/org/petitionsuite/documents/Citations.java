package org.petitionsuite.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations as Chinese documents write them: the suite's rules cite "条例 Art 31(六), Art 32–36" (short, for logs and
 * APIs); a document the petitioner receives says 《信访工作条例》第三十一条第（六）项、第三十二条至第三十六条. A citation
 * this class cannot read (free text an official typed, already Chinese) is returned as it is: never lost.
 */
public final class Citations {
    /** One cited provision: optional law, article or article range, optional paragraph, optional items. */
    private static final Pattern PROVISION = Pattern.compile(
            "^(?:(?<law>[^\\s,，、]+?)\\s+)?Art\\s+(?<article>\\d+)(?:\\s*[–-]\\s*(?<to>\\d+))?"
                    + "(?:\\s*¶(?<paragraph>\\d+)(?:\\s*[–-]\\s*(?<paragraphTo>\\d+))?)?(?<items>(?:\\([一二三四五六七八九十]+\\))*)$");
    private static final Pattern ITEM = Pattern.compile("\\(([一二三四五六七八九十]+)\\)");
    private static final String REGULATION = "条例";

    private Citations() {
    }

    public static String chinese(String citation) {
        if (citation == null || !citation.contains("Art")) {
            return citation;
        }
        List<String> out = new ArrayList<>();
        String lastLaw = null;
        for (String part : citation.split("\\s*[,，;；]\\s*")) {
            Matcher m = PROVISION.matcher(part.strip());
            if (!m.matches()) {
                return citation;
            }
            String law = m.group("law") != null ? m.group("law") : lastLaw != null ? lastLaw : REGULATION;
            StringBuilder provision = new StringBuilder();
            if (!law.equals(lastLaw)) {
                provision.append(title(law));
            }
            lastLaw = law;
            provision.append(article(Integer.parseInt(m.group("article"))));
            if (m.group("to") != null) {
                provision.append("至").append(article(Integer.parseInt(m.group("to"))));
            }
            if (m.group("paragraph") != null) {
                provision.append('第').append(numeral(Integer.parseInt(m.group("paragraph")))).append('款');
                if (m.group("paragraphTo") != null) {
                    provision.append("至第").append(numeral(Integer.parseInt(m.group("paragraphTo")))).append('款');
                }
            }
            Matcher item = ITEM.matcher(m.group("items"));
            List<String> items = new ArrayList<>();
            while (item.find()) {
                items.add("第（" + item.group(1) + "）项");
            }
            provision.append(String.join("、", items));
            out.add(provision.toString());
        }
        return String.join("、", out);
    }

    /** 条例 is the 《信访工作条例》 (2022); any other law is named as the rule names it. */
    private static String title(String law) {
        String name = law.equals(REGULATION) ? "信访工作条例" : law.replace("《", "").replace("》", "");
        return "《" + name + "》";
    }

    private static String article(int n) {
        return "第" + numeral(n) + "条";
    }

    /** 1–999 in Chinese numerals as laws write article numbers: 十, 十五, 二十, 三十五, 一百零二, 一百一十. */
    static String numeral(int n) {
        if (n <= 0 || n > 999) {
            throw new IllegalArgumentException("article number out of range: " + n);
        }
        String digits = "零一二三四五六七八九";
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0) {
            s.append(digits.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (!(tens == 1 && hundreds == 0)) {
                s.append(digits.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(digits.charAt(ones));
        }
        return s.toString();
    }
}
