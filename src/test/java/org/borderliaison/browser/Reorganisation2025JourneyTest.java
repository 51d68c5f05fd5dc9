package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;

import java.time.LocalDate;
import org.borderliaison.agency.domain.SeedBeforeReorganisation;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.report.SummaryQuery;
import org.borderliaison.report.SummaryService;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The 2025 reorganisation through the pages: an administrator ends Lạng Sơn's district police on 01/03/2025 with the
 * bulk action (preview, then apply), then merges Yên Bái into Lào Cai on 01/07/2025; a Lào Cai reporter prints Yên
 * Bái's 2024 summary and the new Lào Cai's 2025 summary. Starts from the seed and puts it back afterwards (the other
 * tests create records with these district police), so it runs in any order and again on a kept database.
 */
class Reorganisation2025JourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PatrolService patrols;

    @Autowired
    SummaryService summaries;

    @BeforeEach
    void fromTheSeed() {
        SeedBeforeReorganisation.restore(context);
    }

    @AfterEach
    void backToTheSeed() {
        SeedBeforeReorganisation.restore(context);
    }

    @Test
    void administratorReorganisesAndALaoCaiReporterPrintsBothSummaries() {
        fixtures.account("browser-reorg-2025-admin", "VN-BCA", Role.ADMIN);
        fixtures.account("browser-reorg-2025-reporter", "VN-LC-CA", Role.REPORTER);
        long langSon = fixtures.agency("VN-LS-CA").id();
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long yenBai = fixtures.agency("VN-YB-CA").id();
        long tanThanh = fixtures.agency("VN-LS-CA-VL-TT").id();
        long yenBaiImmigration = fixtures.agency("VN-YB-CA-XNC").id();
        // Yên Bái's immigration department patrols with Honghe in May and in August 2025: only August is the new Lào Cai's.
        patrol(yenBaiImmigration, LocalDate.of(2025, 5, 12));
        patrol(yenBaiImmigration, LocalDate.of(2025, 8, 4));
        // what the new Lào Cai's 2025 should show: its own, and Yên Bái's from 1 July (other tests may have left some too)
        long laoCai2025Expected = patrols("VN-LC-CA", LocalDate.of(2025, 1, 1)) + patrols("VN-YB-CA", LocalDate.of(2025, 7, 1));

        signIn("browser-reorg-2025-admin", Fixtures.PASSWORD);
        // 1 March 2025: Lạng Sơn's district police end, their commune police come directly under the province.
        open("/agencies/" + langSon);
        clickAndWaitForNextPage(By.id("end-units"));
        new Select(waitFor(By.id("kind"))).selectByValue("DISTRICT_POLICE");
        browser().findElement(By.id("effectiveDate")).sendKeys("01/03/2025");
        clickAndWaitForNextPage(By.id("preview"));
        assertThat(waitFor(By.id("end-units-endings")).getText()).contains("Công an huyện Văn Lãng", "Công an xã Tân Thanh");
        assertThat(fixtures.agency("VN-LS-CA-VL").active()).as("the preview changes nothing").isTrue();
        screenshot("end-units-preview");
        clickAndWaitForNextPage(By.id("apply"));
        waitForPath("/agencies/" + langSon);
        screenshot("end-units-applied");
        assertThat(fixtures.agency("VN-LS-CA-VL").active()).isFalse();
        assertThat(fixtures.agency("VN-LS-CA-VL-TT").parentId()).isEqualTo(langSon);
        open("/agencies/" + tanThanh);
        assertThat(waitFor(By.tagName("main")).getText())
                .contains("Chuyển từ Công an huyện Văn Lãng sang Công an tỉnh Lạng Sơn, hiệu lực 01/03/2025");
        // the history tells the move in words, never as the columns it rewrote
        assertThat(waitFor(By.id("history")).getText())
                .contains("Chuyển từ Công an huyện Văn Lãng sang Công an tỉnh Lạng Sơn, hiệu lực 01/03/2025")
                .doesNotContain("parentSince", "parent:", "Sửa");
        open("/agencies/" + fixtures.agency("VN-LS-CA-VL").id());
        assertThat(waitFor(By.tagName("main")).getText()).contains("Giải thể, hiệu lực 01/03/2025");

        // 1 July 2025: Yên Bái provincial police merges into Lào Cai provincial police.
        open("/agencies/" + yenBai);
        clickAndWaitForNextPage(By.id("dissolve-agency"));
        pick("successorId", "lao cai", pickerOption(laoCai));
        browser().findElement(By.id("effectiveDate")).sendKeys("01/07/2025");
        screenshot("merge-form");
        clickAndWaitForNextPage(By.id("confirm"));
        waitForPath("/agencies/" + yenBai);
        assertThat(waitFor(By.tagName("main")).getText()).contains("Sáp nhập vào Công an tỉnh Lào Cai, hiệu lực 01/07/2025");
        screenshot("merged");
        assertThat(waitFor(By.id("history")).getText()).contains("Sáp nhập vào Công an tỉnh Lào Cai, hiệu lực 01/07/2025")
                .doesNotContain("successor", "validTo", "Sửa");
        assertThat(fixtures.agency("VN-YB-CA").successorId()).isEqualTo(laoCai);
        assertThat(fixtures.agency("VN-YB-CA-XNC").parentId()).isEqualTo(laoCai);

        // A Lào Cai reporter prints the new Lào Cai's 2025 summary: Yên Bái's August patrol counts, its May one does not.
        browser().manage().deleteAllCookies();
        signIn("browser-reorg-2025-reporter", Fixtures.PASSWORD);
        open("/reports/summary?agencyId=" + laoCai + "&from=2025-01-01&to=2025-12-31");
        assertThat(waitFor(By.id("summary")).getText()).contains("CÔNG AN TỈNH LÀO CAI");
        assertThat(browser().findElement(By.cssSelector("#patrol-BILATERAL .current")).getText())
                .isEqualTo(String.valueOf(laoCai2025Expected));
        screenshot("lao-cai-2025");

        // ... and Yên Bái's 2024 summary, as before the merge: its talks with Honghe and two letters with Hekou.
        // (Needs scope over time: a successor sees what it absorbed, branch i12-scope.)
        open("/reports/summary?agencyId=" + yenBai + "&from=2024-01-01&to=2024-12-31");
        assertThat(waitFor(By.id("summary")).getText()).contains("CÔNG AN TỈNH YÊN BÁI");
        assertThat(browser().findElement(By.cssSelector("#meeting-TALKS .current")).getText()).isEqualTo("1");
        assertThat(browser().findElement(By.cssSelector("#meeting-LETTER_EXCHANGE .current")).getText()).isEqualTo("2");
        screenshot("yen-bai-2024");
    }

    private long patrols(String agencyCode, LocalDate from) {
        var ministry = fixtures.account("browser-reorg-2025-viewer", "VN-BCA", Role.VIEWER);
        return as(ministry, () -> summaries.summarise(new SummaryQuery(fixtures.agency(agencyCode).id(), from,
                LocalDate.of(2025, 12, 31), null, null))).patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
    }

    private void patrol(long agencyId, LocalDate day) {
        long honghe = fixtures.agency("CN-HH-GAJ").id();
        fixtures.asSystemAdmin(() -> patrols.create(new PatrolDetails(PatrolKind.BILATERAL, day, null, null, agencyId, honghe,
                "1100", null, null, 8, 8, "Tuần tra phối hợp (hành trình tổ chức lại 2025)")));
    }
}
