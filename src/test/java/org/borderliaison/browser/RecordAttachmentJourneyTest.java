package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Lào Cai officer keeps the signed minutes with a talk and the signed record with a handover, in a real browser:
 * the same attachments card on both pages, listing the file with the officer's name; a disguised file is refused
 * with a warning on the page.
 */
class RecordAttachmentJourneyTest extends BrowserTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    JsonMapper json;

    @Test
    void anOfficerAttachesTheMinutesToATalkAndTheSignedRecordToAHandover() throws Exception {
        SignedInUser officer = fixtures.account("browser-att-officer-lc", "VN-LC-CA", Role.OFFICER);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        long talk = fixtures.asSystemAdmin(() -> meetings.create(MeetingBuilder.aTalk("Hội đàm định kỳ quý I")
                .between(laoCai, hekou).on(LocalDate.of(2026, 3, 12)).details()).id());
        String created = mvc.perform(post("/api/v1/handovers").contentType(MediaType.APPLICATION_JSON).with(user(officer)).with(csrf())
                .content("""
                        {"direction":"HANDED_OVER","category":"PROPERTY","date":"2026-03-14","quantity":1,"ourAgencyId":%d,"partnerAgencyId":%d}"""
                        .formatted(laoCai, hekou))).andReturn().getResponse().getContentAsString();
        long handover = json.readTree(created).get("id").asLong();
        Path minutes = file("bien-ban-hoi-dam.pdf", "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path disguised = file("bien-ban-gia.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        signIn("browser-att-officer-lc", Fixtures.PASSWORD);
        open("/meetings/" + talk);
        assertThat(waitFor(By.id("attachments")).getText()).contains("Chưa có tệp đính kèm.");
        browser().findElement(By.id("file")).sendKeys(minutes.toAbsolutePath().toString());
        clickAndWaitForNextPage(By.id("upload"));
        assertThat(waitFor(By.id("flash")).getText()).contains("Đã thêm tệp đính kèm.");
        assertThat(waitFor(By.id("attachment-list")).getText()).contains("bien-ban-hoi-dam.pdf").contains("browser-att-officer-lc (test)");
        screenshot("meeting-attachment");

        open("/handovers/" + handover);
        browser().findElement(By.id("file")).sendKeys(disguised.toAbsolutePath().toString());
        clickAndWaitForNextPage(By.id("upload"));
        assertThat(waitFor(By.id("flash-warning")).getText()).contains("Chỉ nhận tệp PDF hoặc ảnh");
        assertThat(browser().findElements(By.id("attachment-list"))).isEmpty();
        browser().findElement(By.id("file")).sendKeys(minutes.toAbsolutePath().toString());
        clickAndWaitForNextPage(By.id("upload"));
        assertThat(waitFor(By.id("attachment-list")).getText()).contains("bien-ban-hoi-dam.pdf");
        assertThat(browser().findElement(By.cssSelector("#attachment-list .attachment-link")).getDomProperty("href"))
                .contains("/handovers/" + handover + "/attachments/");
        screenshot("handover-attachment");
    }

    private static Path file(String name, byte[] data) throws Exception {
        Path path = Files.createDirectories(Path.of("target", "tmp")).resolve(name);
        Files.write(path, data);
        return path;
    }
}
