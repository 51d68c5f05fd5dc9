package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.audit.AccessLogFilter;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.ExportedList;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The meeting list to Excel, CSV and paper: the page's filter, sort, scope and columns; each download logged. */
class MeetingListExportTests extends IntegrationTest {

    private static final String[] LETTERS = {"kind", "LETTER_EXCHANGE", "sort", "date"};

    @Autowired
    AccessLog accessLog;

    SignedInUser langSonOfficer;
    SignedInUser admin;

    @BeforeEach
    void accounts() {
        langSonOfficer = fixtures.account("mt-export-officer-ls", "VN-LS-CA", Role.OFFICER);
        admin = fixtures.account("mt-export-admin", "VN-BCA", Role.ADMIN);
    }

    @Test
    void theExcelFileHoldsThePagesRowsWithNumbersAndDatesAsSuch() throws Exception {
        Page<MeetingSummary> page = page(langSonOfficer, LETTERS);
        ExportedList excel = ExportedList.xlsx(mvc, langSonOfficer, "/meetings/export.xlsx", LETTERS);

        assertThat(excel.labels()).containsExactly("Thời gian", "Đến ngày", "Hình thức", "Nội dung", "Đơn vị phía ta",
                "Đơn vị nước bạn", "Địa điểm", "Số lượt", "Trạng thái");
        excel.holdsThePage(page, m -> List.of(m.startDate(), m.title(), m.count()), 0, 3, 7);
        assertThat(excel.rows().get(0).get(0)).isInstanceOf(java.time.LocalDateTime.class);
        assertThat(excel.rows().get(0).get(7)).isInstanceOf(Double.class);
        assertThat(excel.column("Hình thức")).containsOnly("Trao đổi thư, công hàm");
        assertThat(excel.contentDisposition()).matches("attachment; filename=\"meetings-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
    }

    @Test
    void theCsvFileHoldsTheSameRowsInUtf8WithSemicolons() throws Exception {
        Page<MeetingSummary> page = page(langSonOfficer, LETTERS);
        ExportedList csv = ExportedList.csv(mvc, langSonOfficer, ';', "/meetings/export.csv", LETTERS);

        assertThat(csv.labels()).startsWith("Thời gian", "Đến ngày", "Hình thức", "Nội dung");
        csv.holdsThePage(page, m -> List.of(m.startDate(), m.title(), m.count()), 0, 3, 7);
        assertThat(csv.contentDisposition()).endsWith(".csv\"");
    }

    @Test
    void anOfficersExportHoldsOnlyTheirScope() throws Exception {
        ExportedList officers = ExportedList.xlsx(mvc, langSonOfficer, "/meetings/export.xlsx");
        ExportedList everything = ExportedList.xlsx(mvc, admin, "/meetings/export.xlsx");

        assertThat(officers.rows().size()).isEqualTo((int) page(langSonOfficer).getTotalElements());
        assertThat(everything.rows().size()).isGreaterThan(officers.rows().size());
        assertThat(officers.column("Đơn vị nước bạn")).noneMatch(cell -> String.valueOf(cell).contains("Bô Ly Khăm Xay"));
        assertThat(everything.column("Đơn vị nước bạn")).anyMatch(cell -> String.valueOf(cell).contains("Bô Ly Khăm Xay"));
    }

    @Test
    void eachDownloadIsAnExportEventWithItsFilterAndRowCount() throws Exception {
        SignedInUser officer = fixtures.account("mt-export-logged", "VN-LS-CA", Role.OFFICER);
        ExportedList excel = ExportedList.xlsx(mvc, officer, "/meetings/export.xlsx", LETTERS);

        List<AccessLogEntry> exports = accessLog.search(new AccessLogFilter(officer.getUsername(), AccessEvent.EXPORT, null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).getSubject()).isEqualTo("list-meetings");
        assertThat(exports.get(0).getParameters()).containsExactly(Map.entry("format", "xlsx"),
                Map.entry("filter", "kind=LETTER_EXCHANGE&sort=date"), Map.entry("rows", String.valueOf(excel.rows().size())));
    }

    @Test
    void thePrintPageDescribesTheFilterAndRepeatsItsHeaderRow() throws Exception {
        int rows = page(langSonOfficer, LETTERS).getNumberOfElements();
        mvc.perform(get("/meetings/print").with(user(langSonOfficer)).param("kind", "LETTER_EXCHANGE").param("sort", "date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Hội đàm, hội nghị, đoàn công tác</h1>")))
                .andExpect(content().string(containsString("Hình thức: Trao đổi thư, công hàm")))
                .andExpect(content().string(containsString("Người in: mt-export-officer-ls (test)")))
                .andExpect(content().string(containsString("<thead><tr><th scope=\"col\">Thời gian</th>")))
                .andExpect(content().string(containsString("/css/print-list")))
                .andExpect(content().string(containsString("Tổng cộng: " + ExportedList.xlsx(mvc, langSonOfficer,
                        "/meetings/export.xlsx", LETTERS).rows().size() + " dòng")));
        assertThat(rows).isPositive();
        mvc.perform(get("/css/print-list.css"))
                .andExpect(content().string(containsString("thead { display: table-header-group; }")))
                .andExpect(content().string(containsString("size: A4 landscape")));
    }

    @Test
    void theListLinksItsExportsWithItsFilterAndAlwaysShowsTheCount() throws Exception {
        mvc.perform(get("/meetings").with(user(langSonOfficer)).param("text", "nguyen hoa chi"))
                .andExpect(content().string(containsString("href=\"/meetings/export.xlsx?text=nguyen%20hoa%20chi\"")))
                .andExpect(content().string(containsString("href=\"/meetings/print?text=nguyen%20hoa%20chi\"")))
                .andExpect(content().string(containsString("<p class=\"small text-muted result-count\">1 kết quả</p>")));
    }

    @SuppressWarnings("unchecked")
    private Page<MeetingSummary> page(SignedInUser user, String... params) throws Exception {
        var request = get("/meetings").with(user(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return (Page<MeetingSummary>) mvc.perform(request).andReturn().getModelAndView().getModel().get("page");
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
