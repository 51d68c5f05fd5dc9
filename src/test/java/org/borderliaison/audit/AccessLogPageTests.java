package org.borderliaison.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access log page filters by user, event and days (each alone and together), keeps the filter from page to
 * page, shows addresses readably and labels an export's document and parameters in the reader's language.
 */
class AccessLogPageTests extends IntegrationTest {

    @Autowired
    AccessLogRepository repository;

    SignedInUser admin;
    String alice;
    String bob;

    @BeforeEach
    void entriesOnKnownDays() {
        admin = fixtures.account("access-log-admin", "VN-BCA", Role.ADMIN);
        String run = UUID.randomUUID().toString().substring(0, 8);
        alice = "alice-" + run;
        bob = "bob-" + run;
        save(alice, AccessEvent.SIGN_IN, LocalDate.of(2001, 3, 1), "alice-signin-0301", "0:0:0:0:0:0:0:1");
        save(alice, AccessEvent.SIGN_OUT, LocalDate.of(2001, 3, 2), "alice-signout-0302", "0:0:0:0:0:ffff:a00:5");
        save(alice, AccessEvent.SIGN_IN, LocalDate.of(2001, 3, 5), "alice-signin-0305", "2001:db8:0:0:0:0:0:7");
        save(bob, AccessEvent.SIGN_IN, LocalDate.of(2001, 3, 2), "bob-signin-0302", "192.0.2.9");
        save(bob, AccessEvent.PASSWORD_CHANGED, LocalDate.of(2001, 3, 3), "bob-password-0303", "192.0.2.9");
    }

    @Test
    void filtersByUser() throws Exception {
        page("username", alice)
                .andExpect(content().string(allOf(containsString("alice-signin-0301"), containsString("alice-signout-0302"),
                        containsString("alice-signin-0305"), not(containsString("bob-signin-0302")))));
    }

    @Test
    void filtersByEvent() throws Exception {
        mvc.perform(get("/admin/access-log").with(user(admin)).param("event", "PASSWORD_CHANGED").param("from", "01/03/2001")
                        .param("to", "05/03/2001"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("bob-password-0303"), not(containsString("alice-signin-0301")),
                        not(containsString("bob-signin-0302")))));
    }

    @Test
    void filtersByDaysInclusiveAndByEverythingAtOnce() throws Exception {
        mvc.perform(get("/admin/access-log").with(user(admin)).param("from", "02/03/2001").param("to", "2001-03-03"))
                .andExpect(content().string(allOf(containsString("alice-signout-0302"), containsString("bob-signin-0302"),
                        containsString("bob-password-0303"), not(containsString("alice-signin-0301")),
                        not(containsString("alice-signin-0305")))));
        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", alice).param("event", "SIGN_IN")
                        .param("from", "02/03/2001"))
                .andExpect(content().string(allOf(containsString("alice-signin-0305"), not(containsString("alice-signin-0301")),
                        not(containsString("alice-signout-0302")))));
    }

    @Test
    void aMalformedDateIsShownBesideItsFieldAndTheOtherFiltersStillApply() throws Exception {
        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", bob).param("from", "31/02/2001"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("bob-signin-0302"),
                        not(containsString("alice-signin-0301")))));
    }

    @Test
    void addressesAreShownReadably() throws Exception {
        page("username", alice)
                .andExpect(content().string(allOf(containsString(">::1<"), containsString(">10.0.0.5<"),
                        containsString(">2001:db8::7<"), not(containsString("0:0:0:0:0:0:0:1")))));
    }

    @Test
    void theEventSelectIsLabelledInTheReadersLanguage() throws Exception {
        page("lang", "vi").andExpect(content().string(allOf(containsString("value=\"PERSONAL_DATA_VIEWED\""),
                containsString("Xem dữ liệu cá nhân"), containsString(">Xuất dữ liệu<"))));
        page("lang", "en").andExpect(content().string(allOf(containsString("Personal data viewed"), containsString(">Export<"))));
    }

    @Test
    void anExportIsLabelledInTheReadersLanguage() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("agency", "VN-LS-CA");
        parameters.put("from", "2018-01-01");
        parameters.put("partnerCountry", "CN");
        repository.save(new AccessLogEntry(at(LocalDate.of(2001, 3, 4)), bob, AccessEvent.EXPORT, null, "summary-xlsx",
                JsonMapper.shared().writeValueAsString(parameters), "192.0.2.9"));

        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", bob).param("event", "EXPORT").param("lang", "vi"))
                .andExpect(content().string(allOf(containsString("Báo cáo tổng hợp (Excel)"), containsString("Đơn vị:"),
                        containsString("VN-LS-CA"), containsString("01/01/2018"), containsString("Nước bạn:"), containsString("Trung Quốc"))));
        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", bob).param("event", "EXPORT").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Cooperation summary (Excel)"), containsString("Agency:"),
                        containsString("Partner country:"), containsString("China"))));
    }

    @Test
    void aViewOfPersonalDataIsLabelledInTheReadersLanguageRatherThanShownInEnglish() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("handover", "512");
        parameters.put("persons", "3");
        parameters.put("where", "record-PDF");
        repository.save(new AccessLogEntry(at(LocalDate.of(2001, 3, 4)), bob, AccessEvent.PERSONAL_DATA_VIEWED,
                "handover 512: 3 persons (record PDF)", "handover-persons", JsonMapper.shared().writeValueAsString(parameters),
                "192.0.2.9"));

        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", bob).param("event", "PERSONAL_DATA_VIEWED"))
                .andExpect(content().string(allOf(containsString("Danh sách người được bàn giao"), containsString("Bàn giao số:"),
                        containsString("512"), containsString("biên bản (PDF)"), not(containsString("3 persons")))));
        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", bob).param("event", "PERSONAL_DATA_VIEWED")
                        .param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Persons of a handover"), containsString("handover record (PDF)"))));
    }

    @Test
    void thePagesKeepTheFilter() throws Exception {
        for (int i = 0; i < 51; i++) {
            save(bob, AccessEvent.SIGN_IN, LocalDate.of(2002, 1, 1), "bob-many-" + i, "192.0.2.9");
        }
        String filtered = "/admin/access-log?username=" + bob + "&event=SIGN_IN&from=01/01/2002";
        mvc.perform(get(filtered).with(user(admin)))
                .andExpect(content().string(containsString(
                        "/admin/access-log?username=" + bob + "&amp;event=SIGN_IN&amp;from=01/01/2002&amp;page=1&amp;after=")));
        mvc.perform(get(filtered + "&page=1").with(user(admin)))
                .andExpect(content().string(allOf(containsString("bob-many-0"), not(containsString("bob-signin-0302")))));
    }

    @Test
    void onlyAdministratorsSeeIt() throws Exception {
        SignedInUser officer = fixtures.account("access-log-officer", "VN-LC-CA", Role.OFFICER);
        mvc.perform(get("/admin/access-log").with(user(officer))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions page(String name, String value) throws Exception {
        return mvc.perform(get("/admin/access-log").with(user(admin)).param(name, value)).andExpect(status().isOk());
    }

    private void save(String username, AccessEvent event, LocalDate day, String detail, String address) {
        repository.save(new AccessLogEntry(at(day), username, event, detail, address));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant();
    }
}
