package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.borderliaison.agreement.AgreementDraft;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Lào Cai liaison officer logs talks with the Hekou county bureau right after they happened: partner
 * from the picker, a head of delegation on each side and a follow-up added as rows, then finds the record
 * by its partner, and cannot reach a record of Nghệ An; links an agreement reviewed at a meeting.
 */
class MeetingJourneyTest extends BrowserTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    Agreements agreements;

    /** Demo record (db/demo/200_meetings.sql): Nghệ An's conference with three Lao provinces, 16/8/2024. */
    private static final long NGHE_AN_CONFERENCE = 1;
    private static final String NGHE_AN_TITLE = "Hội nghị hợp tác bảo đảm an ninh, trật tự năm 2024";

    @Test
    void officerLogsTalksWithHekouAndFindsThemByPartner() {
        fixtures.account("browser-officer-lc", "VN-LC-CA", Role.OFFICER);
        String title = "Hội đàm Lào Cai – Hà Khẩu về truy nã " + System.nanoTime() % 100000;
        long hekou = fixtures.agency("CN-HK-GAJ").id();

        signIn("browser-officer-lc", Fixtures.PASSWORD);
        clickAndWaitForNextPage(By.id("nav-meetings"));
        clickAndWaitForNextPage(By.id("new-meeting"));
        assertThat(waitFor(By.id("ourAgencies0-agencyId-search")).getDomProperty("value"))
                .as("the officer's own agency takes part by default").isEqualTo("Công an tỉnh Lào Cai (VN-LC-CA)");

        waitFor(By.id("title")).sendKeys(title);
        browser().findElement(By.id("startDate")).sendKeys("05/06/2024");
        browser().findElement(By.id("locality")).sendKeys("Cửa khẩu quốc tế Lào Cai");
        pick("partnerAgencies0-agencyId", "Hà Khẩu", pickerOption(hekou));

        addRow("ourHeads");
        waitFor(By.name("ourHeads[0].name")).sendKeys("Nguyễn Quốc Bang");
        browser().findElement(By.name("ourHeads[0].rank")).sendKeys("Đại tá");
        browser().findElement(By.name("ourHeads[0].title")).sendKeys("Chánh Văn phòng");
        addRow("partnerHeads");
        waitFor(By.name("partnerHeads[0].name")).sendKeys("Vương Lực");
        browser().findElement(By.name("partnerHeads[0].title")).sendKeys("Cục trưởng");
        assertThat(browser().findElement(By.name("ourHeads[0].name")).getDomProperty("value"))
                .as("adding the partner's row kept our row as typed").isEqualTo("Nguyễn Quốc Bang");
        addRow("followUps");
        waitFor(By.name("followUps[0].what")).sendKeys("Trao trả đối tượng truy nã");
        browser().findElement(By.name("followUps[0].dueDate")).sendKeys("30/06/2024");
        assertThat(browser().findElement(By.id("partnerAgencies0-agencyId-search")).getDomProperty("value"))
                .as("the partner chosen before the rows were added").isEqualTo("Cục Công an huyện Hà Khẩu (CN-HK-GAJ)");
        screenshot("form-filled");
        clickAndWaitForNextPage(By.id("save"));
        assertThat(waitFor(By.id("flash")).getText()).contains("Đã ghi nhận.");
        assertThat(browser().findElement(By.id("meeting-title")).getText()).isEqualTo(title);
        assertThat(browser().findElement(By.id("our-side")).getText()).contains("Công an tỉnh Lào Cai", "Đại tá Nguyễn Quốc Bang");
        assertThat(browser().findElement(By.id("partner-side")).getText())
                .contains("Cục Công an huyện Hà Khẩu", "河口县公安局", "Vương Lực");
        assertThat(browser().findElement(By.id("follow-ups")).getText()).contains("Trao trả đối tượng truy nã", "30/06/2024");
        screenshot("detail");

        open("/meetings");
        pick("partnerAgencyId", "Hà Khẩu", pickerOption(hekou));
        clickAndWaitForNextPage(By.id("apply-filter"));
        assertThat(browser().getCurrentUrl()).contains("partnerAgencyId=" + hekou);
        List<String> titles = browser().findElements(By.cssSelector("#meetings tbody td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        assertThat(titles).contains(title).doesNotContain(NGHE_AN_TITLE);
        screenshot("list-by-partner");

        open("/meetings/" + NGHE_AN_CONFERENCE);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy bản ghi yêu cầu, hoặc bạn không có quyền xem bản ghi này.");
        screenshot("nghe-an-not-found");
        open("/meetings?text=" + "hoi nghi hop tac bao dam an ninh");
        assertThat(waitFor(By.id("meetings")).getText()).doesNotContain(NGHE_AN_TITLE).contains("Không có kết quả.");
    }

    /**
     * Enter in the partner agency box picks the first agency offered and never presses another row's ×; Enter in a
     * text field saves the form (its default action), never a row button.
     */
    @Test
    void enterInAnAgencyBoxPicksAndEnterInAFieldSaves() {
        fixtures.account("browser-officer-lc", "VN-LC-CA", Role.OFFICER);
        String title = "Hội đàm nhập bằng bàn phím " + System.nanoTime() % 100000;
        signIn("browser-officer-lc", Fixtures.PASSWORD);
        open("/meetings/new");
        waitFor(By.id("title")).sendKeys(title);
        browser().findElement(By.id("startDate")).sendKeys("06/06/2024");

        List<String> offered = searchPicker("partnerAgencies0-agencyId", "Cục Công an huyện Hà Khẩu");
        assertThat(offered).first().asString().startsWith("Cục Công an huyện Hà Khẩu");
        browser().findElement(By.id("partnerAgencies0-agencyId-search")).sendKeys(Keys.ENTER);
        waitUntil(driver -> String.valueOf(fixtures.agency("CN-HK-GAJ").id())
                .equals(driver.findElement(By.id("partnerAgencies0.agencyId")).getDomProperty("value")));
        assertThat(browser().findElement(By.id("ourAgencies0-agencyId-search")).getDomProperty("value"))
                .as("our agency's row is still there").isEqualTo("Công an tỉnh Lào Cai (VN-LC-CA)");
        screenshot("enter-picked-partner");

        WebElement titleBox = browser().findElement(By.id("title"));
        titleBox.sendKeys(Keys.ENTER);
        waitUntil(driver -> isGone(titleBox));
        assertThat(waitFor(By.id("flash")).getText()).contains("Đã ghi nhận.");
        assertThat(browser().findElement(By.id("our-side")).getText()).contains("Công an tỉnh Lào Cai");
        assertThat(browser().findElement(By.id("partner-side")).getText()).contains("Cục Công an huyện Hà Khẩu");
    }

    /**
     * The officer links an agreement reviewed at a meeting from the edit form (a row, the agreement picker),
     * sees it on the meeting and the meeting on the agreement's page.
     */
    @Test
    void officerLinksAnAgreementReviewedAtAMeeting() {
        fixtures.account("browser-officer-lc", "VN-LC-CA", Role.OFFICER);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        String marker = "Mocnoi" + System.nanoTime() % 100000;
        String agreementTitle = "Kế hoạch phối hợp " + marker;
        long agreement = fixtures.asSystemAdmin(() -> agreements.create(new AgreementDraft(agreementTitle,
                AgreementKind.YEARLY_COOPERATION_PLAN, null, LocalDate.of(2024, 1, 10), "Lào Cai", List.of(laoCai, hekou), List.of(),
                EnumSet.of(CooperationField.DRUG_CRIME), null, null)));
        String title = "Hội đàm sơ kết kế hoạch " + marker;
        long meeting = fixtures.asSystemAdmin(() -> meetings.create(MeetingBuilder.aTalk(title).between(laoCai, hekou).details()).id());

        signIn("browser-officer-lc", Fixtures.PASSWORD);
        open("/meetings/" + meeting + "/edit");
        addRow("agreements");
        pick("agreements0-agreementId", marker, pickerOption(agreement));
        new Select(browser().findElement(By.name("agreements[0].relation"))).selectByValue("REVIEWED");
        screenshot("meeting-agreement-row");
        clickAndWaitForNextPage(By.id("save"));
        assertThat(waitFor(By.id("meeting-agreements")).getText()).contains(agreementTitle, "Rà soát, đánh giá tại cuộc gặp");
        screenshot("meeting-with-agreement");

        clickAndWaitForNextPage(By.linkText(agreementTitle));
        assertThat(waitFor(By.id("agreement-related")).getText()).contains(title, "Cuộc gặp rà soát");
        screenshot("agreement-with-meeting");
    }

    /**
     * Clicks a list's "add row" button (htmx swaps the list's rows in place) and waits until the swap has
     * settled, so that the next click does not land on a page still moving.
     */
    private void addRow(String list) {
        click(By.id(list + "-add"));
        waitUntil(driver -> ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null"));
    }
}
