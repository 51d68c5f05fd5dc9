package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.handover.domain.HandoverDetails;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The handover API: rules, scope, personal data by role, stale updates, CSV import. */
class HandoverApiTests extends IntegrationTest {

    static final long LANG_SON = 14;
    static final long LAO_CAI_POLICE = 3;
    static final long GUANGXI = 38;
    static final long HEKOU_POLICE = 33;

    @Autowired
    JsonMapper json;

    @Autowired
    AccessLog accessLog;

    @Autowired
    HandoverService handovers;

    @BeforeEach
    void accounts() {
        fixtures.account("ho-api-officer-ls", "VN-LS-CA", Role.OFFICER);
        fixtures.account("ho-api-reporter-ls", "VN-LS-CA", Role.REPORTER);
        fixtures.account("ho-api-viewer-ls", "VN-LS-CA", Role.VIEWER);
        fixtures.account("ho-api-officer-lc", "VN-LC-CA", Role.OFFICER);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(httpBasic(username, Fixtures.PASSWORD));
    }

    private ResultActions create(String username, HandoverBodies body) throws Exception {
        return mvc.perform(as(post("/api/v1/handovers"), username).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body.build())));
    }

    private JsonNode created(HandoverBodies body) throws Exception {
        return json.readTree(create("ho-api-officer-ls", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anOfficerRecordsPersonsAndSeesThemAndEveryViewIsLogged() throws Exception {
        String name = unique("Lý Văn Hùng");
        JsonNode handover = created(HandoverBodies.wantedPersons(2).between(LANG_SON, GUANGXI).named(name, unique("Trần Minh")));
        long id = handover.get("id").asLong();
        assertThat(handover.get("partnerCountry").asString()).isEqualTo("CN");

        mvc.perform(as(get("/api/v1/handovers/{id}", id), "ho-api-officer-ls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personsListed").value(2))
                .andExpect(jsonPath("$.persons[0].fullName").value(name))
                .andExpect(jsonPath("$.persons[0].sex").value("MALE"));

        assertThat(accessLog.recent("ho-api-officer-ls", PageRequest.of(0, 5)).getContent())
                .extracting(AccessLogEntry::getEvent, AccessLogEntry::getDetail)
                .contains(org.assertj.core.groups.Tuple.tuple(AccessEvent.PERSONAL_DATA_VIEWED, "handover " + id + ": 2 persons (API)"));
        // Also as parameters, which the access log page labels in the reader's language.
        assertThat(accessLog.recent("ho-api-officer-ls", PageRequest.of(0, 5)).getContent())
                .filteredOn(entry -> entry.getEvent() == AccessEvent.PERSONAL_DATA_VIEWED)
                .extracting(AccessLogEntry::getSubject, AccessLogEntry::getParameters)
                .contains(org.assertj.core.groups.Tuple.tuple("handover-persons",
                        java.util.Map.of("handover", String.valueOf(id), "persons", "2", "where", "API")));
    }

    @Test
    void reportersAndViewersSeeTheCountButNeverThePersons() throws Exception {
        String name = unique("Hoàng Văn Bí Mật");
        long id = created(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).named(name)).get("id").asLong();
        for (String reader : new String[] {"ho-api-reporter-ls", "ho-api-viewer-ls"}) {
            mvc.perform(as(get("/api/v1/handovers/{id}", id), reader))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.personsListed").value(1))
                    .andExpect(jsonPath("$.persons").doesNotExist())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(not(containsString(name))));
            mvc.perform(as(get("/api/v1/handovers/{id}/history", id), reader))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(not(containsString(name))));
            assertThat(accessLog.recent(reader, PageRequest.of(0, 20)).getContent())
                    .noneMatch(entry -> entry.getEvent() == AccessEvent.PERSONAL_DATA_VIEWED);
        }
    }

    @Test
    void aListOfPersonsMustMatchTheNumberGiven() throws Exception {
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(3).between(LANG_SON, GUANGXI).named(unique("A"), unique("B")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("quantity"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(containsString("2")))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(containsString("3")));
    }

    @Test
    void refusesFewerThanOnePersonAndPersonsOnProperty() throws Exception {
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(0).between(LANG_SON, GUANGXI))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("quantity")));
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).named(" "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("persons[0].fullName")));
        create("ho-api-officer-ls", HandoverBodies.property(1).between(LANG_SON, GUANGXI).named(unique("X")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("persons"));
    }

    @Test
    void ourAgencyMustBeVietnameseAndInScopeAndThePartnerForeign() throws Exception {
        create("ho-api-officer-lc", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyId"));
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, LAO_CAI_POLICE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partnerAgencyId"));
        create("ho-api-reporter-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsOfAnotherProvinceAreInvisible() throws Exception {
        String note = unique("chỉ Lạng Sơn thấy");
        long id = created(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).notes(note)).get("id").asLong();
        mvc.perform(as(get("/api/v1/handovers/{id}", id), "ho-api-officer-lc")).andExpect(status().isNotFound());
        mvc.perform(as(put("/api/v1/handovers/{id}", id), "ho-api-officer-lc").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(HandoverBodies.wantedPersons(1).between(LAO_CAI_POLICE, HEKOU_POLICE).version(0).build())))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/handovers").param("size", "200"), "ho-api-officer-lc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))))
                .andExpect(jsonPath("$.content[*].ourAgencyId", not(hasItem((int) LANG_SON))));
        mvc.perform(as(get("/api/v1/handovers").param("size", "200").param("direction", "HANDED_OVER"), "ho-api-reporter-ls"))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.content[*].persons").doesNotExist());
    }

    @Test
    void aStaleUpdateIsRefusedWith409() throws Exception {
        long id = created(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).named(unique("Nông Văn A"))).get("id").asLong();
        Map<String, Object> update = HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).version(0).notes("first").build();
        mvc.perform(as(put("/api/v1/handovers/{id}", id), "ho-api-officer-ls").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(update)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.personsListed").value(1));
        update.put("notes", "second, from an old copy");
        mvc.perform(as(put("/api/v1/handovers/{id}", id), "ho-api-officer-ls").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(update)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("stale-version")));
        mvc.perform(as(get("/api/v1/handovers/{id}/history", id), "ho-api-officer-ls"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("notes")));
    }

    @Test
    void aCsvFileWithABadLineIsRefusedWholeWithLineNumbers() throws Exception {
        long id = created(HandoverBodies.wantedPersons(3).between(LANG_SON, GUANGXI)).get("id").asLong();
        String bad = """
                full_name,sex,birth_year,nationality,identity_document,wanted_notice_reference
                Lưu Quang Minh,M,1980,CN,E1234567,TN-1
                ,F,1990,CN,,
                Chu Văn Sơn,X,2999,ZZ,,
                """;
        mvc.perform(as(post("/api/v1/handovers/{id}/persons", id), "ho-api-officer-ls").param("version", "0")
                        .contentType("text/csv").content(bad.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines[0].line").value(3))
                .andExpect(jsonPath("$.lines[0].column").value("fullName"))
                .andExpect(jsonPath("$.lines[*].line", hasItem(4)))
                .andExpect(jsonPath("$.lines[*].column", hasItem("birthYear")))
                .andExpect(jsonPath("$.lines[*].column", hasItem("nationality")))
                .andExpect(jsonPath("$.lines[*].column", hasItem("sex")));
        mvc.perform(as(get("/api/v1/handovers/{id}", id), "ho-api-officer-ls"))
                .andExpect(jsonPath("$.personsListed").value(0))
                .andExpect(jsonPath("$.version").value(0));

        String good = "\uFEFFHọ và tên;Giới tính;Năm sinh;Quốc tịch\nLưu Quang Minh;Nam;1980;CN\nChu Văn Sơn;Nữ;1991;cn\n\"Mã, Tiểu Long\";;;\n";
        mvc.perform(as(post("/api/v1/handovers/{id}/persons", id), "ho-api-officer-ls").param("version", "0")
                        .contentType("text/csv").content(good.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3));
        mvc.perform(as(get("/api/v1/handovers/{id}", id), "ho-api-officer-ls"))
                .andExpect(jsonPath("$.personsListed").value(3))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.persons[1].sex").value("FEMALE"))
                .andExpect(jsonPath("$.persons[2].fullName").value("Mã, Tiểu Long"));
    }

    @Test
    void aCsvFileWithTheWrongNumberOfPersonsOrNotUtf8IsRefused() throws Exception {
        long id = created(HandoverBodies.wantedPersons(2).between(LANG_SON, GUANGXI)).get("id").asLong();
        mvc.perform(as(post("/api/v1/handovers/{id}/persons", id), "ho-api-officer-ls").param("version", "0")
                        .contentType("text/csv").content("full_name\nA\nB\nC\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines[0].line").value(0))
                .andExpect(jsonPath("$.lines[0].message").value(containsString("3")));
        mvc.perform(as(post("/api/v1/handovers/{id}/persons", id), "ho-api-officer-ls").param("version", "0")
                        .contentType("text/csv").content("full_name\nL\u00fd\nB\n".getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines[0].message").value(containsString("UTF-8")));
    }

    @Test
    void aRecordIsNumberedWithinItsAgencysYearAndKeepsItsTimeAndSigners() throws Exception {
        LocalDate day = LocalDate.now().minusDays(3);
        JsonNode first = created(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).on(day).at("09:30")
                .ourSide("Thượng tá|Nông Văn Quyết|Phó Giám đốc Công an tỉnh", "Thiếu tá|Hà Thị Lan|")
                .partnerSide("|王建国|广西壮族自治区公安厅副厅长")
                .witnesses("|Lộc Văn Tư|Trưởng thôn Tân Thanh"));
        JsonNode second = created(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).on(day));
        int year = day.getYear();
        assertThat(first.get("recordNumber").get("year").asInt()).isEqualTo(year);
        assertThat(first.get("recordNumber").get("symbol").asString()).isEqualTo("BB-CAT");
        int number = first.get("recordNumber").get("number").asInt();
        assertThat(second.get("recordNumber").get("number").asInt()).isEqualTo(number + 1);
        assertThat(first.get("recordNumber").get("text").asString()).isEqualTo(number + "/BB-CAT");
        JsonNode other = json.readTree(create("ho-api-officer-lc", HandoverBodies.wantedPersons(1).between(LAO_CAI_POLICE, HEKOU_POLICE)
                .on(day)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(other.get("recordNumber").get("symbol").asString()).isEqualTo("BB-CAT");

        long id = first.get("id").asLong();
        mvc.perform(as(get("/api/v1/handovers/{id}", id), "ho-api-reporter-ls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.time").value(containsString("09:30")))
                .andExpect(jsonPath("$.ourRepresentatives[0].fullName").value("Nông Văn Quyết"))
                .andExpect(jsonPath("$.ourRepresentatives[0].rank").value("Thượng tá"))
                .andExpect(jsonPath("$.ourRepresentatives[1].position").doesNotExist())
                .andExpect(jsonPath("$.partnerRepresentatives[0].fullName").value("王建国"))
                .andExpect(jsonPath("$.witnesses[0].position").value("Trưởng thôn Tân Thanh"));
        mvc.perform(as(get("/api/v1/handovers").param("size", "5"), "ho-api-reporter-ls"))
                .andExpect(jsonPath("$.content[0].recordNumber.text").exists())
                .andExpect(jsonPath("$.content[0].ourRepresentatives").doesNotExist());

        // PUT replaces: the time and signers sent are kept, those left out are removed; the number never changes
        Map<String, Object> update = HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).on(day.minusDays(1)).at("14:05")
                .ourSide("Đại tá|Nông Văn Quyết|Giám đốc Công an tỉnh").version(first.get("version").asLong()).build();
        mvc.perform(as(put("/api/v1/handovers/{id}", id), "ho-api-officer-ls").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(update)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordNumber.number").value(number))
                .andExpect(jsonPath("$.time").value(containsString("14:05")))
                .andExpect(jsonPath("$.ourRepresentatives.length()").value(1))
                .andExpect(jsonPath("$.ourRepresentatives[0].rank").value("Đại tá"))
                .andExpect(jsonPath("$.partnerRepresentatives.length()").value(0))
                .andExpect(jsonPath("$.witnesses.length()").value(0));
        mvc.perform(as(get("/api/v1/handovers/{id}/history", id), "ho-api-officer-ls"))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("representatives")))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("time")));
    }

    @Test
    void signersNeedANameAndTodaysTimeCannotBeLaterThanNow() throws Exception {
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).ourSide("Thượng tá| |Đồn trưởng"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("ourRepresentatives[0].fullName")));
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).witnesses("|" + "x".repeat(201) + "|"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("witnesses[0].fullName")));
        LocalTime later = LocalTime.now().plusMinutes(30);
        if (later.isAfter(LocalTime.now())) { // not across midnight
            create("ho-api-officer-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).on(LocalDate.now())
                            .at(later.withSecond(0).withNano(0).toString()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.fieldErrors[0].field").value("time"));
        }
        create("ho-api-officer-ls", HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).at("25:99"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void recordsOfOneAgencySavedAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        SignedInUser officer = fixtures.account("ho-api-officer-ls", "VN-LS-CA", Role.OFFICER);
        LocalDate day = LocalDate.of(2011, 6, 1); // a year no other test numbers, so the counter is created concurrently too
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RecordNumber>> numbers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                numbers.add(pool.submit(() -> {
                    start.await();
                    return SignedIn.as(officer, () -> handovers.create(new HandoverDetails(HandoverDirection.HANDED_OVER,
                            HandoverCategory.ILLEGAL_ENTRANT, day, null, LANG_SON, GUANGXI, 1, null, null, null, null, List.of(),
                            null, null, null, null)).getRecordNumber());
                }));
            }
            start.countDown();
            List<Integer> given = new ArrayList<>();
            for (Future<RecordNumber> number : numbers) {
                given.add(number.get(30, TimeUnit.SECONDS).number());
            }
            assertThat(given).doesNotHaveDuplicates();
            assertThat(Collections.max(given) - Collections.min(given)).isEqualTo(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
