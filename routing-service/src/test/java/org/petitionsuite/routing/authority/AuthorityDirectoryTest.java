package org.petitionsuite.routing.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.petitionsuite.contract.Purpose;
import org.petitionsuite.routing.catalog.CatalogException;
import org.petitionsuite.routing.catalog.CatalogLibrary;
import org.petitionsuite.routing.catalog.Classification;
import org.petitionsuite.routing.catalog.Matter;

/** The shipped (demonstration) directory: the most local competent organ, forward or assign, and the statutory guards. */
class AuthorityDirectoryTest {
    private static final CatalogLibrary CATALOGS = CatalogLibrary.fromClasspath();
    private static final AuthorityDirectory DIRECTORY = AuthorityDirectory.fromClasspath();

    private static Route route(Matter matter) {
        Classification decision = CATALOGS.forPlace(matter.placeOfMatter()).classify(matter);
        return DIRECTORY.resolve(matter, decision);
    }

    private static Matter matter(Purpose purpose, String category, String text, String place, boolean collective, String accused) {
        return new Matter(purpose, category, text, "", place, collective, accused);
    }

    /**
     * Art 35, 36 "上一级" from the directory: the city and the province labour organs above a district labour bureau;
     * not a same-level bureau, not a court or another system above, not an organ the matter accuses.
     */
    @Test
    void theLevelsAboveAnOrganAreItsSystemsOrgansOfEnclosingRegions() {
        Organ district = DIRECTORY.find("330102-rsj").orElseThrow();
        assertThat(DIRECTORY.superiorsOf(district, 1, List.of())).containsExactly("330100-rsj");
        assertThat(DIRECTORY.superiorsOf(district, 2, List.of())).containsExactly("330000-rst");
        assertThat(DIRECTORY.superiorsOf(district, 1, List.of("330100-rsj"))).isEmpty();
        assertThat(DIRECTORY.superiorsOf(district, 3, List.of())).isEmpty();
        Organ housing = DIRECTORY.find("330102-zjj").orElseThrow();
        assertThat(DIRECTORY.superiorsOf(housing, 1, List.of())).containsExactly("330100-zjj");
        Organ yuhang = DIRECTORY.find("330110-rsj").orElseThrow();
        assertThat(DIRECTORY.superiorsOf(yuhang, 1, List.of())).containsExactly("330100-rsj").doesNotContain("330102-rsj");
    }

    @Test
    void theMostLocalCompetentOrganReceivesItForwarded() {
        Route r = route(matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠工资", "330102001001", false, null));
        assertThat(r.organ().code()).isEqualTo("330102-rsj");
        assertThat(r.mode()).isEqualTo(Route.Mode.FORWARD);
        assertThat(r.reportWithinDays()).isNull();
        assertThat(r.article()).isEqualTo("条例 Art 22 ¶1(一)(二)");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aChannelOnlyACityOrganHandlesGoesToTheCity() {
        Route r = route(matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障", "公司未签订劳动合同即将我辞退", "330102", false, null));
        assertThat(r.organ().code()).isEqualTo("330100-ldzc");
    }

    @Test
    void aCollectiveMatterIsAssignedWithAReportingDeadline() {
        Route r = route(matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠工资", "330110", true, null));
        assertThat(r.organ().code()).isEqualTo("330110-rsj");
        assertThat(r.mode()).isEqualTo(Route.Mode.ASSIGN);
        assertThat(r.reportWithinDays()).isEqualTo(30);
        assertThat(r.article()).isEqualTo("条例 Art 22 ¶1(三)");
    }

    @Test
    void anAccusationNeverGoesToTheOrganItAccuses() {
        // Art 30 ¶3: the county's discipline commission is accused, so the city's handles it.
        Route r = route(matter(Purpose.REPORT_OR_ACCUSATION, "纪检监察", "反映上城区纪委工作人员收受好处", "330102", false, "上城区纪委"));
        assertThat(r.organ().code()).isEqualTo("330100-jw");
        assertThat(r.flags()).containsExactly(AuthorityDirectory.ACCUSED_ORGAN_EXCLUDED);
        assertThat(r.article()).contains("Art 30 ¶3");
        Route unaccused = route(matter(Purpose.REPORT_OR_ACCUSATION, "纪检监察", "反映某街道工作人员收受好处", "330102", false, "某街道办事处"));
        assertThat(unaccused.organ().code()).isEqualTo("330102-jw");
        assertThat(unaccused.flags()).isEmpty();
    }

    @Test
    void aComplaintNamingAnOrganNeverGoesToItWhateverTheCatalogPicked_Art30() {
        // Observed: wages matter complaining about the county labour bureau was classified as duty performance and
        // routed to that very bureau. Named in complainedOrgans, the bureau is kept out whatever the channel.
        Matter complaint = new Matter(Purpose.SEEK_RESOLUTION, "劳动和社会保障_工资拖欠", "请求督促公司支付拖欠工资，人社局不作为", "",
                "330102", false, null, java.util.List.of(), "330102", java.util.List.of("330102-rsj"));
        Route r = route(complaint);
        assertThat(r.organ().code()).isNotEqualTo("330102-rsj");
        assertThat(r.organ().region()).isEqualTo("330100");
        assertThat(r.flags()).contains(AuthorityDirectory.ACCUSED_ORGAN_EXCLUDED);
        assertThat(r.accusedOrgans()).containsExactly("330102-rsj");
    }

    @Test
    void anAccusationAgainstThePetitionDepartmentGoesToThePetitionDepartmentALevelUp_Art30() {
        // Observed: worded without the catalog's keyword, it fell back to the county petition bureau it accuses.
        Route r = route(matter(Purpose.OTHER, "其他", "信访局工作人员态度恶劣", "330102", false, "上城区信访局"));
        assertThat(r.organ().code()).isEqualTo("330100-xfj");
        assertThat(r.flags()).contains(AuthorityDirectory.ACCUSED_ORGAN_EXCLUDED);
        assertThat(r.article()).contains("Art 30 ¶3");
        assertThat(r.accusedOrgans()).containsExactly("330102-xfj");
    }

    @Test
    void twoOrgansClaimingTheSameMatterGoToTheCommonSuperiorsPetitionDepartment() {
        // Art 24 ¶1: 住建局 and 城管局 both handle DUTY_PERFORMANCE for 城乡建设 in 上城区.
        Route r = route(matter(Purpose.SEEK_RESOLUTION, "城乡建设", "邻居搭建违章建筑，请求查处", "330102", false, null));
        assertThat(r.organ().code()).isEqualTo("330102-xfj");
        assertThat(r.flags()).containsExactly(AuthorityDirectory.COMPETENCE_CONFLICT);
        assertThat(r.article()).isEqualTo("条例 Art 24 ¶1");
        assertThat(r.rationale()).contains("杭州市上城区住房和城乡建设局").contains("杭州市上城区城市管理局");
    }

    @Test
    void withoutACompetentOrganThePetitionDepartmentDecides() {
        Route r = route(matter(Purpose.SEEK_RESOLUTION, "卫生健康", "反映社区卫生服务中心服务态度差", "330106", false, null));
        assertThat(r.organ().code()).isEqualTo("330106-xfj");
        assertThat(r.flags()).containsExactly(AuthorityDirectory.NO_COMPETENT_ORGAN);
        Route nowhere = route(matter(Purpose.SEEK_RESOLUTION, "卫生健康", "反映服务态度差", "110101", false, null));
        assertThat(nowhere.organ()).isNull();
        assertThat(nowhere.flags()).containsExactly(AuthorityDirectory.NO_COMPETENT_ORGAN);
    }

    @Test
    void refusesADirectoryWithProblems() {
        assertThatThrownBy(() -> AuthorityDirectory.parse("bad.yaml", """
                version: ""
                assignment: {collective: true, channels: [PETITION_PROCEDURE], reportWithinDays: 0}
                organs:
                  - {code: a, name: 某局, level: COUNTY, region: "99"}
                  - {code: a, name: 某局, level: COUNTY, region: "330102", channels: [PETITION_PROCEDURE]}
                """)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("'version' is required")
                .hasMessageContaining("reportWithinDays")
                .hasMessageContaining("'region'")
                .hasMessageContaining("must list the 'channels'")
                .hasMessageContaining("used twice");
    }
}
