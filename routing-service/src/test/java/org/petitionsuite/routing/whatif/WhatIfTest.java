package org.petitionsuite.routing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.authority.Route;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/** A draft catalog tried on a few hundred generated past petitions: exactly the affected decisions are reported. */
class WhatIfTest {
    private static final CatalogLibrary CURRENT = CatalogLibrary.fromClasspath();
    private static final AuthorityDirectory DIRECTORY = AuthorityDirectory.fromClasspath();

    /** The kinds of matter generated, with how the current catalog decides them. */
    private static final Matter[] TEMPLATES = {
        new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促某公司支付七月工资", "", "330102"),
        new Matter(Purpose.APPEAL, "政法_法院", "对民事判决不服，请求再审", "", "330102"),
        new Matter(Purpose.OPINION_OR_SUGGESTION, "交通运输", "建议增设公交站点", "", "330102"),
        new Matter(Purpose.SEEK_RESOLUTION, "民政与应急", "家庭困难，请求纳入最低生活保障", "", "330102"),
        new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障", "公司未签订劳动合同即将我辞退", "", "330102"),
    };

    private static String resource(String name) throws IOException {
        try (InputStream in = WhatIfTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<WhatIf.PastDecision> generate(int count, int[] perTemplate) {
        Random random = new Random(42);
        List<WhatIf.PastDecision> past = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int t = random.nextInt(TEMPLATES.length);
            perTemplate[t]++;
            Matter m = TEMPLATES[t];
            Classification c = CURRENT.forPlace(m.placeOfMatter()).classify(m);
            Route r = DIRECTORY.resolve(m, c);
            past.add(new WhatIf.PastDecision("p-" + i, m, c.channel(), c.ruleId(), r.organ() == null ? null : r.organ().code(),
                    c.channel(), null));
        }
        return past;
    }

    @Test
    void reportsExactlyTheDecisionsADraftChanges() throws IOException {
        int[] perTemplate = new int[TEMPLATES.length];
        List<WhatIf.PastDecision> past = generate(400, perTemplate);
        // The draft drops the wage-arrears category rule: those matters fall back to the petition procedure.
        String national = resource("catalog/national.yaml");
        int start = national.indexOf("  - id: wage-arrears-category");
        int end = national.indexOf("  # --- 检举控告的其余情形");
        String draftNational = (national.substring(0, start) + national.substring(end)).replace("version: \"2026.3\"", "version: \"2026.3-draft\"");
        CatalogLibrary draft = CatalogLibrary.fromTexts(draftNational, List.of(resource("catalog/overlays/zhejiang.yaml")));

        WhatIf.Report report = WhatIf.compare(past, draft, DIRECTORY);

        assertThat(report.petitionsCompared()).isEqualTo(400);
        assertThat(report.decisionsChanged()).isEqualTo(perTemplate[0]);
        assertThat(report.byChannel()).containsExactly(new WhatIf.Change("DUTY_PERFORMANCE", "PETITION_PROCEDURE", perTemplate[0]));
        // The labour bureau handles both channels in 上城区, so no organ changes.
        assertThat(report.byAuthority()).isEmpty();
        assertThat(report.examples()).hasSize(WhatIf.EXAMPLES)
                .allSatisfy(e -> assertThat(e.ruleDraft()).isEqualTo("petition-procedure"));
        assertThat(report.draftFiles()).containsExactly("national@2026.3-draft", "zhejiang@2026.1-zj.1");
    }

    /**
     * The petition department's answers are the labels: a draft that moves wage arrears to the petition procedure
     * breaks every confirmed wage-arrears decision and fixes none; one that agrees with a correction fixes it.
     */
    @Test
    void confirmedLabelsMeasureTheCatalogInForceAndTheDraft() throws IOException {
        Matter wages = TEMPLATES[0];
        Matter allowance = TEMPLATES[3];
        List<WhatIf.PastDecision> past = List.of(
                new WhatIf.PastDecision("w-1", wages, LegalChannel.DUTY_PERFORMANCE, "wage-arrears-category", null,
                        LegalChannel.DUTY_PERFORMANCE, LegalChannel.DUTY_PERFORMANCE),
                new WhatIf.PastDecision("w-2", wages, LegalChannel.DUTY_PERFORMANCE, "wage-arrears-category", null,
                        LegalChannel.DUTY_PERFORMANCE, null),
                // corrected by the petition department: the catalog said petition procedure, the department duty performance
                new WhatIf.PastDecision("a-1", allowance, LegalChannel.DUTY_PERFORMANCE, "operator-override", null,
                        LegalChannel.PETITION_PROCEDURE, LegalChannel.DUTY_PERFORMANCE));
        String national = resource("catalog/national.yaml");
        int start = national.indexOf("  - id: wage-arrears-category");
        int end = national.indexOf("  # --- 检举控告的其余情形");
        String draftNational = national.substring(0, start) + """
                  - id: subsistence-allowance-duty
                    priority: 590
                    when:
                      keywords: [最低生活保障]
                    channel: DUTY_PERFORMANCE
                    rationale: 申请最低生活保障，由民政部门依法履行审核确认职责。
                """ + national.substring(end);

        WhatIf.Labels labels = WhatIf.compare(past, CatalogLibrary.fromTexts(draftNational, List.of()), DIRECTORY).labels();

        assertThat(labels.confirmed()).isEqualTo(2);
        assertThat(labels.rightInForce()).isEqualTo(1);
        assertThat(labels.rightWithDraft()).isEqualTo(1);
        assertThat(labels.fixed()).isEqualTo(1);
        assertThat(labels.broken()).isEqualTo(1);
        assertThat(labels.examples()).extracting(WhatIf.LabelExample::petitionId).containsExactly("w-1", "a-1");
        assertThat(labels.examples().get(1).ruleDraft()).isEqualTo("subsistence-allowance-duty");
    }

    @Test
    void theCurrentCatalogAsDraftChangesNothing() throws IOException {
        List<WhatIf.PastDecision> past = generate(300, new int[TEMPLATES.length]);
        CatalogLibrary same = CatalogLibrary.fromTexts(resource("catalog/national.yaml"), List.of(resource("catalog/overlays/zhejiang.yaml")));
        WhatIf.Report report = WhatIf.compare(past, same, DIRECTORY);
        assertThat(report.petitionsCompared()).isEqualTo(300);
        assertThat(report.decisionsChanged()).isZero();
        assertThat(report.examples()).isEmpty();
    }
}
