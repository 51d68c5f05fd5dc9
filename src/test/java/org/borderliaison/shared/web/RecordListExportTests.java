package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.audit.AccessLogFilter;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.ExportedList;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Every record list exports its page's filter, sort and scope to Excel and CSV, and prints it (the meeting list has
 * its own tests: MeetingListExportTests): the export holds the page's rows, numbers and dates typed as such, and each
 * download is an EXPORT event.
 */
class RecordListExportTests extends IntegrationTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.borderliaison.agreement.domain.AgreementService agreements;

    SignedInUser laoCaiOfficer;
    SignedInUser langSonOfficer;
    SignedInUser admin;

    @BeforeEach
    void accounts() {
        laoCaiOfficer = fixtures.account("list-export-officer-lc", "VN-LC-CA", Role.OFFICER);
        langSonOfficer = fixtures.account("list-export-officer-ls", "VN-LS-CA", Role.OFFICER);
        admin = fixtures.account("export-admin", "VN-BCA", Role.ADMIN);
    }

    @Test
    void agreements() throws Exception {
        String[] filter = {"sort", "signedOn,asc"};
        Page<AgreementRow> page = page(laoCaiOfficer, "/agreements", "page", filter);
        ExportedList excel = ExportedList.xlsx(mvc, laoCaiOfficer, "/agreements/export.xlsx", filter);
        excel.holdsThePage(page, a -> java.util.Arrays.asList(a.titleVi(), a.signedOn()), 0, 5);
        assertThat(excel.labels()).startsWith("Tên văn bản", "Số, ký hiệu");
        ExportedList.csv(mvc, laoCaiOfficer, ';', "/agreements/export.csv", filter)
                .holdsThePage(page, a -> java.util.Arrays.asList(a.titleVi(), a.signedOn()), 0, 5);
        assertThat(ExportedList.xlsx(mvc, admin, "/agreements/export.xlsx").rows().size()).isGreaterThan(excel.rows().size());
        printShows(laoCaiOfficer, "/agreements/print?kind=MEMORANDUM_OF_UNDERSTANDING", "Loại văn bản: ", "<h1>Văn bản hợp tác</h1>");
    }

    @Test
    void patrols() throws Exception {
        Page<PatrolView> page = page(admin, "/patrols", "patrols");
        ExportedList excel = ExportedList.xlsx(mvc, admin, "/patrols/export.xlsx");
        excel.holdsThePage(page, p -> List.of(p.date(), p.segment(), p.ourPersonnel(), p.partnerPersonnel()), 0, 4, 5, 6);
        assertThat(excel.rows().get(0).get(5)).isInstanceOf(Double.class);
        ExportedList.csv(mvc, admin, ';', "/patrols/export.csv")
                .holdsThePage(page, p -> List.of(p.date(), p.segment(), p.ourPersonnel()), 0, 4, 5);
        ExportedList langSon = ExportedList.xlsx(mvc, langSonOfficer, "/patrols/export.xlsx");
        assertThat(langSon.rows()).hasSize((int) page(langSonOfficer, "/patrols", "patrols").getTotalElements());
        assertThat(langSon.column("Đơn vị ta")).noneMatch(cell -> String.valueOf(cell).contains("Lào Cai"));
        assertThat(excel.column("Đơn vị ta")).anyMatch(cell -> String.valueOf(cell).contains("Lào Cai"));
        printShows(admin, "/patrols/print?from=01/01/2020", "Từ ngày: 01/01/2020", "<h1>Tuần tra chung biên giới</h1>");
    }

    @Test
    void cases() throws Exception {
        Page<CaseFile> page = page(admin, "/cases", "page");
        ExportedList excel = ExportedList.xlsx(mvc, admin, "/cases/export.xlsx");
        excel.holdsThePage(page, c -> List.of(c.getOurReference(), c.getOpenedOn(), c.getSubjects(), c.getVictims()), 0, 3, 7, 8);
        ExportedList.csv(mvc, admin, ';', "/cases/export.csv")
                .holdsThePage(page, c -> List.of(c.getOurReference(), c.getOpenedOn(), c.getSubjects()), 0, 3, 7);
        ExportedList english = ExportedList.csv(mvc, admin, ',', "/cases/export.csv", "lang", "en");
        assertThat(english.rows()).hasSize(excel.rows().size());
        assertThat(english.labels()).contains("Opened on");
        assertThat(ExportedList.xlsx(mvc, laoCaiOfficer, "/cases/export.xlsx").rows())
                .hasSize((int) page(laoCaiOfficer, "/cases", "page").getTotalElements());
        printShows(admin, "/cases/print?status=VERIFYING", "Tình trạng: ", "<h1>Vụ việc hợp tác</h1>");
    }

    @Test
    void handovers() throws Exception {
        String[] filter = {"direction", "HANDED_OVER"};
        Page<Handover> page = page(langSonOfficer, "/handovers", "results", filter);
        ExportedList excel = ExportedList.xlsx(mvc, langSonOfficer, "/handovers/export.xlsx", filter);
        excel.holdsThePage(page, h -> List.of(h.getDate(), h.getQuantity()), 0, 3);
        assertThat(excel.column("Chiều")).containsOnly(excel.column("Chiều").get(0));
        ExportedList.csv(mvc, langSonOfficer, ';', "/handovers/export.csv", filter)
                .holdsThePage(page, h -> List.of(h.getDate(), h.getQuantity()), 0, 3);
        assertThat(ExportedList.xlsx(mvc, laoCaiOfficer, "/handovers/export.xlsx").rows())
                .hasSize((int) page(laoCaiOfficer, "/handovers", "results").getTotalElements());
        printShows(langSonOfficer, "/handovers/print?direction=HANDED_OVER", "Chiều: ", "<h1>Trao trả, tiếp nhận, bàn giao</h1>");
    }

    @Test
    void followUps() throws Exception {
        String what = "Xuất danh sách việc cần làm " + System.nanoTime();
        long laoCai = fixtures.agency("VN-LC-CA").id();
        fixtures.asSystemAdmin(() -> meetings.create(MeetingBuilder.aTalk("Hội đàm có việc cần làm " + System.nanoTime())
                .between(laoCai, fixtures.agency("CN-HH-GAJ").id()).followUp(what, laoCai, LocalDate.now().plusDays(3), FollowUpStatus.OPEN)
                .details()));
        long shown = (long) mvc.perform(get("/meetings/follow-ups").with(user(laoCaiOfficer))).andReturn().getModelAndView().getModel()
                .get("followUpCount");
        ExportedList excel = ExportedList.xlsx(mvc, laoCaiOfficer, "/meetings/follow-ups/export.xlsx");
        assertThat(excel.rows()).hasSize((int) shown);
        assertThat(excel.column("Nội dung công việc")).contains(what);
        assertThat(ExportedList.xlsx(mvc, langSonOfficer, "/meetings/follow-ups/export.xlsx").column("Nội dung công việc")).doesNotContain(what);
        assertThat(ExportedList.csv(mvc, laoCaiOfficer, ';', "/meetings/follow-ups/export.csv").rows()).hasSize((int) shown);
        printShows(laoCaiOfficer, "/meetings/follow-ups/print", what, "<h1>Việc cần làm sắp đến hạn</h1>");
    }

    @Test
    void theAccessLogForAdministratorsOnly() throws Exception {
        SignedInUser officer = fixtures.account("export-logged", "VN-LC-CA", Role.OFFICER);
        ExportedList.csv(mvc, officer, ';', "/cases/export.csv", "status", "VERIFYING");
        List<AccessLogEntry> exports = accessLog.search(new AccessLogFilter(officer.getUsername(), AccessEvent.EXPORT, null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).getSubject()).isEqualTo("list-cases");
        assertThat(exports.get(0).getParameters()).containsEntry("format", "csv").containsEntry("filter", "status=VERIFYING");

        String[] filter = {"username", officer.getUsername()};
        Page<Object> page = page(admin, "/admin/access-log", "page", filter);
        ExportedList excel = ExportedList.xlsx(mvc, admin, "/admin/access-log/export.xlsx", filter);
        // the page is filtered by the user: each of its rows is theirs
        excel.holdsThePage(page, row -> List.of(officer.getUsername()), 1);
        assertThat(excel.rows().get(0).get(0)).isInstanceOf(java.time.LocalDateTime.class);
        assertThat((String) excel.rows().get(0).get(3)).contains("Danh sách vụ án").contains("Số dòng: ");
        mvc.perform(get("/admin/access-log/export.xlsx").with(user(officer))).andExpect(status().isForbidden());
        printShows(admin, "/admin/access-log/print?username=" + officer.getUsername(), "Người dùng: " + officer.getUsername(),
                "<h1>Nhật ký truy cập</h1>");
    }

    /**
     * Read in small pages, a list comes out whole and in order: by keyset cursor (meetings, newest first, for an officer
     * whose scope reads through the agency links) and by offset (agreements by title).
     */
    @Test
    void smallPagesReadTheWholeListInItsOrder() {
        org.springframework.data.domain.Sort newest = org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.desc("startDate"), org.springframework.data.domain.Sort.Order.desc("id"));
        for (SignedInUser reader : List.of(admin, langSonOfficer)) {
            List<Long> whole = org.borderliaison.support.SignedIn.as(reader, () -> meetings.list(
                    org.borderliaison.meeting.domain.MeetingFilter.ALL, PageRequest.of(0, 200, newest)).getContent().stream()
                    .map(org.borderliaison.meeting.domain.MeetingSummary::id).toList());
            List<Long> paged = org.borderliaison.support.SignedIn.as(reader, () -> read(new ExportBatches<>(newest,
                    pageable -> meetings.list(org.borderliaison.meeting.domain.MeetingFilter.ALL, pageable), 7)).stream()
                    .map(org.borderliaison.meeting.domain.MeetingSummary::id).limit(200).toList());
            assertThat(whole).hasSizeGreaterThan(14);
            assertThat(paged).isEqualTo(whole);
        }
        org.springframework.data.domain.Sort byTitle = org.springframework.data.domain.Sort.by("titleVi");
        List<Long> whole = org.borderliaison.support.SignedIn.as(admin, () -> agreements.search(
                org.borderliaison.agreement.domain.AgreementFilter.none(), PageRequest.of(0, 200, byTitle)).getContent().stream()
                .map(AgreementRow::id).toList());
        List<Long> paged = org.borderliaison.support.SignedIn.as(admin, () -> read(new ExportBatches<>(byTitle,
                pageable -> agreements.search(org.borderliaison.agreement.domain.AgreementFilter.none(), pageable), 3)).stream()
                .map(AgreementRow::id).limit(200).toList());
        assertThat(whole).hasSizeGreaterThan(6);
        assertThat(paged).isEqualTo(whole);
    }

    private static <T> List<T> read(java.util.Iterator<List<T>> batches) {
        List<T> rows = new java.util.ArrayList<>();
        batches.forEachRemaining(rows::addAll);
        return rows;
    }

    /** Every list page links its exports and print page: a new list without them fails here. */
    @Test
    void everyRecordListTemplateLinksItsExports() throws IOException {
        List<String> lists = List.of("meeting/list.html", "meeting/follow-ups.html", "agreement/list.html", "patrol/list.html",
                "casefile/list.html", "handover/list.html", "security/access-log.html");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(path -> path.getFileName().toString().equals("list.html")).forEach(path -> assertThat(lists)
                    .as("a list template not covered by the exports: " + path).anyMatch(path.toString()::endsWith));
        }
        for (String list : lists) {
            assertThat(Files.readString(Path.of("src/main/resources/templates", list))).as(list).contains("fragments/forms :: exportLinks(");
        }
    }

    private void printShows(SignedInUser user, String path, String... texts) throws Exception {
        var result = mvc.perform(get(path).with(user(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<thead><tr><th scope=\"col\"")))
                .andExpect(content().string(containsString("Tổng cộng: ")));
        for (String text : texts) {
            result.andExpect(content().string(containsString(text)));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Page<T> page(SignedInUser user, String path, String attribute, String... params) throws Exception {
        var request = get(path).with(user(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        Map<String, Object> model = mvc.perform(request).andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        return (Page<T>) model.get(attribute);
    }
}
