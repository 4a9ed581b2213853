package org.petitionsuite.routing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.LegalChannel;
import org.petitionsuite.contract.Purpose;

/** What a letter asks, told apart from what it mentions (issue 19's failure modes, by name). */
class ReadingTest {
    private static final Catalog NATIONAL = CatalogLibrary.fromClasspath().forPlace("110101");

    @Test
    void anEarlierOrgansWordsAreBackgroundNotTheRequest() {
        Reading r = new Reading("曾到派出所报警，民警说属于劳动纠纷不归他们管，要求帮助讨回拖欠的工资");
        assertThat(r.find("报警")).contains(Reading.Role.BACKGROUND);
        assertThat(r.find("劳动纠纷")).contains(Reading.Role.BACKGROUND);
        assertThat(r.find("拖欠")).as("after 要求: what is asked").contains(Reading.Role.ASKED);
        assertThat(NATIONAL.classify(matter("曾到派出所报警，民警说属于劳动纠纷不归他们管，要求帮助讨薪，老板拖欠工资三个月")).channel())
                .isEqualTo(LegalChannel.DUTY_PERFORMANCE);
    }

    @Test
    void whatThePetitionerSaysTheyDoNotWantIsNotAsked() {
        Reading r = new Reading("我们不想起诉，只希望政府协调");
        assertThat(r.find("起诉")).contains(Reading.Role.NEGATED);
        assertThat(r.find("协调")).as("after 希望: what is asked").contains(Reading.Role.ASKED);
        assertThat(NATIONAL.classify(matter("我们不想起诉，只希望政府协调解决小区幼儿园的配套问题")).channel())
                .isNotEqualTo(LegalChannel.COURT_PROCEDURE);
        assertThat(new Reading("对方起诉了我，我们不想和解").find("起诉")).as("the negation reaches only its own clause")
                .contains(Reading.Role.OWN);
    }

    @Test
    void whatIsAskedIsToldApartFromWhatIsTold() {
        Reading r = new Reading("老板拖欠工资三个月，还说要和我解除劳动合同，请求督促支付工资");
        assertThat(r.find("解除劳动合同")).contains(Reading.Role.OWN);
        assertThat(r.find("督促")).contains(Reading.Role.ASKED);
        assertThat(r.find("拖欠工资")).as("told before the request, in another clause of the sentence").contains(Reading.Role.OWN);
        assertThat(new Reading("我们要求撤销处罚。此前已交罚款").find("罚款")).as("the request ends with its sentence")
                .contains(Reading.Role.OWN);
    }

    @Test
    void wordsJoinedByPlusMatchInOneSentenceInAnyOrder() {
        assertThat(new Reading("公司未给我缴纳社会保险，离职后要求补缴").find("社会保险+补缴")).contains(Reading.Role.OWN);
        assertThat(new Reading("公司未给我缴纳社会保险。我要补缴个税").find("社会保险+补缴")).as("another sentence").isEmpty();
        assertThat(new Reading("两村的山林权属发生争议").find("权属+争议")).contains(Reading.Role.OWN);
        assertThat(NATIONAL.classify(matter("公司一直未给我缴纳社会保险，离职后要求公司补缴")).channel()).isEqualTo(LegalChannel.ARBITRATION);
    }

    @Test
    void aVillageCommitteeIsNotAnAdministrativeOrgan() {
        assertThat(NATIONAL.classify(matter("村委会决定收回我家宅基地，请求撤销该决定")).channel())
                .isEqualTo(LegalChannel.COURT_PROCEDURE);
    }

    @Test
    void aKeywordIsNotFoundInsideADomainWordThatMeansSomethingElse() {
        NATIONAL.rules(); // the catalog's words are learned
        assertThat(new Reading("对检察院作出的不起诉决定不服").find("起诉")).as("起诉 inside 不起诉").isEmpty();
        assertThat(new Reading("对检察院作出的不起诉决定不服").find("不起诉决定")).contains(Reading.Role.OWN);
        assertThat(new Reading("被开除党籍后提出申诉").find("开除")).as("开除 inside 开除党籍").isEmpty();
        assertThat(new Reading("公司将我开除，没有任何补偿").find("开除")).contains(Reading.Role.OWN);
        // jieba's own mistakes do not hide a keyword: "某局局长" is segmented 某|局局长
        assertThat(new Reading("举报某局局长收受开发商好处").find("局长")).contains(Reading.Role.OWN);
        // a keyword may span several words
        assertThat(new Reading("老板拖欠工资三个月").find("拖欠工资")).contains(Reading.Role.OWN);
    }

    @Test
    void aSynonymCountsAsTheWordTheCatalogUses() {
        CatalogLibrary library = CatalogLibrary.fromTexts("""
                catalog: national
                version: "t"
                synonyms:
                  社会保险: [社保]
                rules:
                  - id: social-insurance
                    priority: 10
                    when:
                      keywords: [社会保险+补缴]
                    channel: ARBITRATION
                    rationale: 社会保险补缴争议
                  - id: fallback
                    priority: 0
                    when: {}
                    channel: PETITION_PROCEDURE
                    rationale: 其余
                """, java.util.List.of());
        Classification decision = library.forPlace("110101").classify(matter("公司没给我交社保，要求补缴"));
        assertThat(decision.ruleId()).isEqualTo("social-insurance");
        assertThat(decision.evidence()).containsExactly("关键词「社会保险+补缴」");
    }

    private static Matter matter(String text) {
        return new Matter(Purpose.SEEK_RESOLUTION, "其他", text, text, "110101");
    }
}
