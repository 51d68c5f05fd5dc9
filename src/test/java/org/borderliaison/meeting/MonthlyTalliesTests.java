package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderliaison.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.meeting.domain.MonthlyTallies;
import org.borderliaison.meeting.domain.TallyEntry;
import org.borderliaison.meeting.domain.TallyGrid;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.shared.StaleVersionException;
import org.borderliaison.support.ImplicitSubmission;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly tally grid: Nghệ An's letters with its three Lao partner provinces (its partnerships in the seed data),
 * each test in a month of its own. Service and page: create, update and cancel in one save, all or nothing, scope, stale.
 */
class MonthlyTalliesTests extends IntegrationTest {

    @Autowired
    MonthlyTallies tallies;

    @Autowired
    MeetingService meetings;

    SignedInUser ngheAnOfficer;
    SignedInUser laoCaiOfficer;
    long ngheAn;
    long bolikhamxay;
    long xiangkhouang;
    long houaphanh;

    @BeforeEach
    void accounts() {
        ngheAnOfficer = fixtures.account("mt-tally-grid-na", "VN-NA-CA", Role.OFFICER);
        laoCaiOfficer = fixtures.account("mt-tally-grid-lc", "VN-LC-CA", Role.OFFICER);
        ngheAn = fixtures.agency("VN-NA-CA").id();
        bolikhamxay = fixtures.agency("LA-BL-CA").id();
        xiangkhouang = fixtures.agency("LA-XI-CA").id();
        houaphanh = fixtures.agency("LA-HO-CA").id();
    }

    @Test
    void oneSaveCreatesUpdatesAndCancelsTheMonthsTallies() {
        YearMonth month = YearMonth.of(2011, 3);
        TallyGrid empty = as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.LETTER_EXCHANGE));
        assertThat(empty.rows()).extracting(row -> row.partner().id()).containsExactlyInAnyOrder(bolikhamxay, xiangkhouang, houaphanh);
        assertThat(empty.rows()).allMatch(row -> row.meetingId() == null && row.count() == null);

        TallyEntry.Outcome first = as(ngheAnOfficer, () -> tallies.save(entry(month, rows(empty, bolikhamxay, 12, xiangkhouang, 7)), "Xóa"));
        assertThat(first.created()).isEqualTo(2);
        assertThat(count(first.grid(), bolikhamxay)).isEqualTo(12);
        assertThat(count(first.grid(), xiangkhouang)).isEqualTo(7);
        assertThat(count(first.grid(), houaphanh)).isNull();
        MeetingView tally = as(ngheAnOfficer, () -> meetings.get(row(first.grid(), bolikhamxay).meetingId()));
        assertThat(tally.kind()).isEqualTo(MeetingKind.LETTER_EXCHANGE);
        assertThat(tally.startDate()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(tally.endDate()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(tally.count()).isEqualTo(12);
        assertThat(tally.title()).isEqualTo("Trao đổi thư, công hàm với Công an tỉnh Bô Ly Khăm Xay, tháng 3/2011");
        // The hotline grid of the same month is another grid.
        assertThat(as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT)).rows())
                .allMatch(row -> row.meetingId() == null);

        // Second save from the grid as read: one count changed, one emptied (its record cancelled), one new.
        long xiangkhouangTally = row(first.grid(), xiangkhouang).meetingId();
        TallyEntry.Outcome second = as(ngheAnOfficer, () -> tallies.save(entry(month,
                rows(first.grid(), bolikhamxay, 15, xiangkhouang, null, houaphanh, 4)), "Xóa số liệu"));
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.cancelled()).isEqualTo(1);
        assertThat(row(second.grid(), bolikhamxay).meetingId()).isEqualTo(tally.id());
        assertThat(count(second.grid(), bolikhamxay)).isEqualTo(15);
        assertThat(count(second.grid(), xiangkhouang)).isNull();
        assertThat(count(second.grid(), houaphanh)).isEqualTo(4);
        MeetingView cancelled = as(ngheAnOfficer, () -> meetings.get(xiangkhouangTally));
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Xóa số liệu");
        // An unchanged grid saved again changes nothing.
        TallyEntry.Outcome third = as(ngheAnOfficer, () -> tallies.save(entry(month,
                rows(second.grid(), bolikhamxay, 15, houaphanh, 4)), "Xóa"));
        assertThat(List.of(third.created(), third.updated(), third.cancelled())).containsOnly(0);
        assertThat(as(ngheAnOfficer, () -> meetings.get(tally.id())).version()).isEqualTo(row(second.grid(), bolikhamxay).version());
    }

    @Test
    void aBadRowRefusesTheWholeSaveOnThatRow() {
        YearMonth month = YearMonth.of(2011, 4);
        TallyGrid grid = as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT));
        int badIndex = index(grid, houaphanh);
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.save(entry(month, MeetingKind.HOTLINE_CONTACT,
                rows(grid, bolikhamxay, 30, xiangkhouang, 5, houaphanh, -2)), "Xóa"))).isInstanceOfSatisfying(BusinessRuleException.class,
                refusal -> {
                    assertThat(refusal.field()).isEqualTo("rows[" + badIndex + "].count");
                    assertThat(refusal.messageKey()).isEqualTo("meeting.error.negative");
                });
        assertThat(as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT)).rows())
                .as("nothing of the refused save was kept").allMatch(row -> row.meetingId() == null);

        // A partner twice, a Vietnamese "partner", a count beyond the limit: each refused on its row.
        List<TallyEntry.Row> twice = new ArrayList<>(rows(grid, bolikhamxay, 3));
        twice.add(new TallyEntry.Row(bolikhamxay, null, null, 4));
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.save(entry(month, MeetingKind.HOTLINE_CONTACT, twice), "Xóa")))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.field())
                        .isEqualTo("rows[" + (twice.size() - 1) + "].partnerAgencyId"));
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.save(entry(month, MeetingKind.HOTLINE_CONTACT,
                List.of(new TallyEntry.Row(fixtures.agency("VN-LC-CA").id(), null, null, 4))), "Xóa")))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("meeting.error.notForeign"));
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.save(entry(month, MeetingKind.HOTLINE_CONTACT,
                rows(grid, bolikhamxay, MonthlyTallies.MAX_COUNT + 1)), "Xóa")))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("tally.error.tooLarge"));
        // Talks are not tallies.
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.TALKS)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.field()).isEqualTo("kind"));
    }

    @Test
    void aTallyChangedSinceTheGridWasReadRefusesTheSave() {
        YearMonth month = YearMonth.of(2011, 5);
        TallyGrid before = as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.LETTER_EXCHANGE));
        TallyEntry.Outcome saved = as(ngheAnOfficer, () -> tallies.save(entry(month, rows(before, bolikhamxay, 9)), "Xóa"));
        // Someone else's grid, read before that save, creating the same tally: stale, and its other row not saved either.
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.save(entry(month, rows(before, xiangkhouang, 2, bolikhamxay, 10)), "Xóa")))
                .isInstanceOf(StaleVersionException.class);
        TallyGrid after = as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.LETTER_EXCHANGE));
        assertThat(count(after, bolikhamxay)).isEqualTo(9);
        assertThat(count(after, xiangkhouang)).isNull();
        // A tally edited on its own page since: the grid's version is stale.
        long id = row(saved.grid(), bolikhamxay).meetingId();
        MeetingView tally = as(ngheAnOfficer, () -> meetings.get(id));
        as(ngheAnOfficer, () -> meetings.cancel(id, tally.version(), "Ghi nhầm"));
        assertThatThrownBy(() -> as(ngheAnOfficer, () -> tallies.save(entry(month, rows(saved.grid(), bolikhamxay, 11)), "Xóa")))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void anAgencyOutsideTheScopeIsRefused() throws Exception {
        YearMonth month = YearMonth.of(2011, 6);
        assertThatThrownBy(() -> as(laoCaiOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.LETTER_EXCHANGE)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("agencyId");
                    assertThat(refusal.messageKey()).isEqualTo("tally.error.outOfScope");
                });
        mvc.perform(get("/meetings/tallies").param("agencyId", String.valueOf(ngheAn)).param("month", "06/2011")
                        .param("kind", "LETTER_EXCHANGE").with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị này không thuộc phạm vi quản lý của bạn.")))
                .andExpect(content().string(not(containsString("id=\"tally-form\""))));
        mvc.perform(post("/meetings/tallies").param("agencyId", String.valueOf(ngheAn)).param("month", "06/2011")
                        .param("kind", "LETTER_EXCHANGE").param("rows[0].partnerAgencyId", String.valueOf(bolikhamxay))
                        .param("rows[0].count", "5").with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị này không thuộc phạm vi quản lý của bạn.")));
        assertThat(as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.LETTER_EXCHANGE)).rows())
                .allMatch(row -> row.meetingId() == null);
        // Reporters have no grid at all.
        SignedInUser reporter = fixtures.account("mt-tally-grid-reporter", "VN-NA-CA", Role.REPORTER);
        mvc.perform(get("/meetings/tallies").with(user(reporter))).andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsTheGridAndSavesItOnce() throws Exception {
        // Opened from the list; without a heading it shows the officer's own agency and last month.
        mvc.perform(get("/meetings").with(user(ngheAnOfficer)))
                .andExpect(content().string(containsString("href=\"/meetings/tallies\"")));
        String opened = mvc.perform(get("/meetings/tallies").with(user(ngheAnOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công an tỉnh Hủa Phăn")))
                .andExpect(content().string(containsString("value=\"" + YearMonth.now().minusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")) + "\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(ImplicitSubmission.rowActionsAsDefault(opened)).as("Enter in the grid saves it").isEmpty();

        YearMonth month = YearMonth.of(2011, 7);
        TallyGrid grid = as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT));
        int b = index(grid, bolikhamxay);
        int x = index(grid, xiangkhouang);
        mvc.perform(heading(post("/meetings/tallies"), "07/2011").with(user(ngheAnOfficer)).with(csrf())
                        .param("rows[" + b + "].partnerAgencyId", String.valueOf(bolikhamxay)).param("rows[" + b + "].count", "21")
                        .param("rows[" + x + "].partnerAgencyId", String.valueOf(xiangkhouang)).param("rows[" + x + "].count", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"21\"")));
        assertThat(as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT)).rows())
                .as("a row that does not parse saves nothing").allMatch(row -> row.meetingId() == null);

        mvc.perform(heading(post("/meetings/tallies"), "07/2011").with(user(ngheAnOfficer)).with(csrf())
                        .param("rows[" + b + "].partnerAgencyId", String.valueOf(bolikhamxay)).param("rows[" + b + "].count", "21")
                        .param("rows[" + x + "].partnerAgencyId", String.valueOf(xiangkhouang)).param("rows[" + x + "].count", "3"))
                .andExpect(redirectedUrl("/meetings/tallies?agencyId=" + ngheAn + "&month=07/2011&kind=HOTLINE_CONTACT"))
                .andExpect(flash().attribute("flashMessage", "Đã lưu số liệu tháng: 2 bản ghi mới, 0 bản ghi cập nhật, 0 bản ghi hủy."));
        TallyGrid saved = as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT));
        assertThat(count(saved, bolikhamxay)).isEqualTo(21);
        assertThat(count(saved, xiangkhouang)).isEqualTo(3);
        mvc.perform(heading(get("/meetings/tallies"), "7/2011").with(user(ngheAnOfficer)))
                .andExpect(content().string(containsString("value=\"21\"")))
                .andExpect(content().string(containsString("href=\"/meetings/" + row(saved, bolikhamxay).meetingId() + "\"")));

        // The same rows sent again without the tallies' ids: someone saved them meanwhile.
        mvc.perform(heading(post("/meetings/tallies"), "07/2011").with(user(ngheAnOfficer)).with(csrf())
                        .param("rows[" + b + "].partnerAgencyId", String.valueOf(bolikhamxay)).param("rows[" + b + "].count", "22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản ghi đã được người khác sửa sau khi bạn mở nó")))
                .andExpect(content().string(containsString("value=\"22\"")));
        assertThat(count(as(ngheAnOfficer, () -> tallies.grid(ngheAn, month, MeetingKind.HOTLINE_CONTACT)), bolikhamxay)).isEqualTo(21);

        // "Add a partner" adds a picker row and keeps what was typed.
        mvc.perform(heading(post("/meetings/tallies"), "07/2011").with(user(ngheAnOfficer)).with(csrf()).param("_addRow", "rows")
                        .param("rows[0].partnerAgencyId", String.valueOf(bolikhamxay)).param("rows[0].added", "false")
                        .param("rows[0].count", "17"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"17\"")))
                .andExpect(content().string(containsString("id=\"rows1-partnerAgencyId-search\"")));
    }

    @Test
    void theApiReadsAndSavesAMonthLikeThePage() throws Exception {
        String month = "2011-08";
        mvc.perform(get("/api/v1/meetings/tallies").param("agencyId", String.valueOf(ngheAn)).param("month", month)
                        .param("kind", "LETTER_EXCHANGE").with(user(ngheAnOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[*].meetingId").value(everyItem(nullValue())))
                .andExpect(jsonPath("$.created").value(nullValue()));
        String body = """
                {"agencyId": %d, "month": "%s", "kind": "LETTER_EXCHANGE",
                 "rows": [{"partnerAgencyId": %d, "count": 6}, {"partnerAgencyId": %d, "count": 2}]}"""
                .formatted(ngheAn, month, bolikhamxay, houaphanh);
        mvc.perform(put("/api/v1/meetings/tallies").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(ngheAnOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rows[?(@.partnerAgencyId == " + bolikhamxay + ")].count").value(6));
        // Sent again as if never read: 409; a negative count: 422 on its row; another province: 422 on the agency.
        mvc.perform(put("/api/v1/meetings/tallies").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(ngheAnOfficer)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/meetings/tallies").contentType(MediaType.APPLICATION_JSON).content("""
                        {"agencyId": %d, "month": "2011-09", "kind": "HOTLINE_CONTACT",
                         "rows": [{"partnerAgencyId": %d, "count": 6}, {"partnerAgencyId": %d, "count": -1}]}"""
                        .formatted(ngheAn, bolikhamxay, houaphanh)).with(user(ngheAnOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("rows[1].count")));
        mvc.perform(put("/api/v1/meetings/tallies").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("agencyId")));
        assertThat(as(ngheAnOfficer, () -> tallies.grid(ngheAn, YearMonth.of(2011, 9), MeetingKind.HOTLINE_CONTACT)).rows())
                .allMatch(row -> row.meetingId() == null);
    }

    @Test
    void tamperedRequestsGetTheFormNotAnError() throws Exception {
        mvc.perform(post("/meetings/tallies").with(user(ngheAnOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(heading(get("/meetings/tallies"), "08/2011").param("rows[-1]", "fuzz").param("rows[0].count", "x")
                        .with(user(ngheAnOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công an tỉnh Hủa Phăn")));
        int status = mvc.perform(heading(post("/meetings/tallies"), "08/2011").param("rows[-1]", "fuzz").param("rows[-1].count", "3")
                .with(user(ngheAnOfficer)).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(500);
        assertThat(as(ngheAnOfficer, () -> tallies.grid(ngheAn, YearMonth.of(2011, 8), MeetingKind.HOTLINE_CONTACT)).rows())
                .allMatch(row -> row.meetingId() == null);
    }

    private MockHttpServletRequestBuilder heading(MockHttpServletRequestBuilder request, String month) {
        return request.param("agencyId", String.valueOf(ngheAn)).param("month", month).param("kind", "HOTLINE_CONTACT");
    }

    private TallyEntry entry(YearMonth month, List<TallyEntry.Row> rows) {
        return entry(month, MeetingKind.LETTER_EXCHANGE, rows);
    }

    private TallyEntry entry(YearMonth month, MeetingKind kind, List<TallyEntry.Row> rows) {
        return new TallyEntry(ngheAn, month, kind, rows);
    }

    /** The grid's rows as read, with the counts given as (partner id, count) pairs; rows not named keep their count. */
    private static List<TallyEntry.Row> rows(TallyGrid grid, Object... partnerAndCount) {
        List<TallyEntry.Row> rows = new ArrayList<>();
        for (TallyGrid.Row row : grid.rows()) {
            Integer count = row.count();
            for (int i = 0; i < partnerAndCount.length; i += 2) {
                if (((Long) partnerAndCount[i]) == row.partner().id()) {
                    count = (Integer) partnerAndCount[i + 1];
                }
            }
            rows.add(new TallyEntry.Row(row.partner().id(), row.meetingId(), row.version(), count));
        }
        return rows;
    }

    private static TallyGrid.Row row(TallyGrid grid, long partner) {
        return grid.rows().stream().filter(row -> row.partner().id() == partner).findFirst().orElseThrow();
    }

    private static int index(TallyGrid grid, long partner) {
        return grid.rows().indexOf(row(grid, partner));
    }

    private static Integer count(TallyGrid grid, long partner) {
        return row(grid, partner).count();
    }
}
