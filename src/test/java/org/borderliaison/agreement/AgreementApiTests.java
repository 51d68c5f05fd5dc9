package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agreement API: writing and reading, the rules as problem details, scope, stale versions, history, status actions. */
class AgreementApiTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    AgreementService service;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    SignedInUser admin;
    SignedInUser officerLaoCai;
    SignedInUser officerNgheAn;
    SignedInUser officerBatXat;
    SignedInUser viewerLaoCai;
    long laoCai;
    long batXat;
    long ngheAn;
    long hekou;
    long yunnan;
    long bolikhamxay;

    @BeforeEach
    void accountsAndAgencies() {
        admin = fixtures.account("agr-api-admin", "VN-BCA", Role.ADMIN);
        officerLaoCai = fixtures.account("agr-api-officer-lc", "VN-LC-CA", Role.OFFICER);
        officerNgheAn = fixtures.account("agr-api-officer-na", "VN-NA-CA", Role.OFFICER);
        officerBatXat = fixtures.account("agr-api-officer-bx", "VN-LC-CA-BX", Role.OFFICER);
        viewerLaoCai = fixtures.account("agr-api-viewer-lc", "VN-LC-CA", Role.VIEWER);
        laoCai = fixtures.agency("VN-LC-CA").id();
        batXat = fixtures.agency("VN-LC-CA-BX").id();
        ngheAn = fixtures.agency("VN-NA-CA").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
        yunnan = fixtures.agency("CN-YN-GAT").id();
        bolikhamxay = fixtures.agency("LA-BL-CA").id();
    }

    @Test
    void createsAnAgreementAndReadsItBackWithTheContractFieldNames() throws Exception {
        AgreementBuilder plan = AgreementBuilder.aYearlyPlan().between(laoCai, hekou).reference("07/KH-2025")
                .signedBy("Nguyễn Văn An", "Đại tá", "Phó Giám đốc Công an tỉnh", laoCai)
                .signedOn(LocalDate.of(2025, 1, 10)).validTo(LocalDate.of(2025, 12, 31))
                .fields(CooperationField.DRUG_CRIME, CooperationField.WANTED_PERSONS);
        MvcResult created = mvc.perform(withJson(post("/api/v1/agreements"), plan.json(null)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/agreements/")))
                .andExpect(jsonPath("$.titleVi").value(plan.title()))
                .andExpect(jsonPath("$.kind").value("YEARLY_COOPERATION_PLAN"))
                .andExpect(jsonPath("$.referenceNumber").value("07/KH-2025"))
                .andExpect(jsonPath("$.validFrom").value("2025-01-10"))
                .andExpect(jsonPath("$.validTo").value("2025-12-31"))
                .andExpect(jsonPath("$.parties[0].agencyId").value(laoCai))
                .andExpect(jsonPath("$.parties[1].nameNative").value("河口县公安局"))
                .andExpect(jsonPath("$.parties[1].country").value("CN"))
                .andExpect(jsonPath("$.signatories[0].rank").value("Đại tá"))
                .andExpect(jsonPath("$.signatories[0].agencyId").value(laoCai))
                .andExpect(jsonPath("$.fields", hasItem("WANTED_PERSONS")))
                .andExpect(jsonPath("$.createdBy").value("agr-api-officer-lc"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        long id = body(created).get("id").asLong();
        // Past its end date and still "in force": the API says expired, without any job having run.
        mvc.perform(get("/api/v1/agreements/{id}", id).with(httpBasic("agr-api-officer-lc", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPIRED"));
    }

    @Test
    void refusesAnEndBeforeTheStartWithAProblemNamingTheField() throws Exception {
        AgreementBuilder backwards = AgreementBuilder.aMemorandum().between(laoCai, hekou)
                .validFrom(LocalDate.of(2025, 6, 1)).validTo(LocalDate.of(2025, 5, 31));
        expectRefusal(backwards.json(null), "validTo", "agreement.error.endBeforeStart")
                .andExpect(jsonPath("$.detail", containsString("không được trước")));
    }

    @Test
    void refusesFewerThanTwoPartiesAnUnknownAgencyAndADuplicate() throws Exception {
        expectRefusal(AgreementBuilder.aMemorandum().between(laoCai).json(null), "parties", "agreement.error.tooFewParties");
        expectRefusal(AgreementBuilder.aMemorandum().between(laoCai, 987_654).json(null), "parties[1].agencyId",
                "agreement.error.unknownAgency");
        expectRefusal(AgreementBuilder.aMemorandum().between(laoCai, hekou, laoCai).json(null), "parties[2].agencyId",
                "agreement.error.duplicateParty");
    }

    @Test
    void refusesAgreementsWithoutAVietnameseOrWithoutAForeignParty() throws Exception {
        expectRefusal(AgreementBuilder.aMemorandum().between(hekou, yunnan).json(null), "parties", "agreement.error.noVietnameseParty");
        expectRefusal(AgreementBuilder.aMemorandum().between(laoCai, batXat).json(null), "parties", "agreement.error.noForeignParty");
    }

    @Test
    void refusesASignatoryWhoDoesNotSignForAParty() throws Exception {
        expectRefusal(AgreementBuilder.aMemorandum().between(laoCai, hekou).signedBy("Trần Văn Bình", null, null, ngheAn).json(null),
                "signatories[0].agencyId", "agreement.error.signatoryNotParty");
    }

    @Test
    void answersMalformedInputWith400AndFieldErrors() throws Exception {
        mvc.perform(withJson(post("/api/v1/agreements"), "{\"titleVi\":\"\",\"parties\":[{\"agencyId\":null}]}")
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/validation"))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("titleVi")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("parties[0].agencyId")));
    }

    @Test
    void anOfficerWritesOnlyAgreementsOfTheirOwnSubTree() throws Exception {
        // Bát Xát's officer may not sign the province's agreements in its name.
        expectRefusal(officerBatXat, AgreementBuilder.aMemorandum().between(laoCai, hekou).json(null), "parties",
                "agreement.error.noPartyInScope");
        mvc.perform(withJson(post("/api/v1/agreements"), AgreementBuilder.aMemorandum().between(batXat, hekou).json(null))
                        .with(user(officerBatXat)).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void aNgheAnOfficerNeitherSeesNorEditsALaoCaiAgreement() throws Exception {
        AgreementBuilder laoCaiMemo = AgreementBuilder.aMemorandum().between(laoCai, hekou);
        long id = create(laoCaiMemo);
        mvc.perform(get("/api/v1/agreements/{id}", id).with(user(officerNgheAn)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/not-found"));
        mvc.perform(get("/api/v1/agreements").param("text", laoCaiMemo.title()).with(user(officerNgheAn)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), laoCaiMemo.json(0L)).with(user(officerNgheAn)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/{id}/history", id).with(user(officerNgheAn))).andExpect(status().isNotFound());
        // The ministry sees it.
        mvc.perform(get("/api/v1/agreements/{id}", id).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void aViewerReadsButMayNotWrite() throws Exception {
        AgreementBuilder memo = AgreementBuilder.aMemorandum().between(laoCai, hekou);
        long id = create(memo);
        mvc.perform(get("/api/v1/agreements/{id}", id).with(user(viewerLaoCai))).andExpect(status().isOk());
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), memo.titled(memo.title() + " (sửa)").json(0L))
                        .with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/forbidden"));
        mvc.perform(withJson(post("/api/v1/agreements"), AgreementBuilder.aMemorandum().between(laoCai, hekou).json(null))
                        .with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agreements/{id}", id).with(user(viewerLaoCai))).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aStaleUpdateIsRefusedWith409AndKeepsTheNewerEdit() throws Exception {
        AgreementBuilder memo = AgreementBuilder.aMemorandum().between(laoCai, hekou);
        long id = create(memo);
        String firstTitle = memo.title() + " – bản sửa 1";
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), memo.titled(firstTitle).json(0L)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), memo.titled(firstTitle + " – bản cũ").json(0L))
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/stale-version"));
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), memo.json(null)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("version"));
        mvc.perform(get("/api/v1/agreements/{id}", id).with(user(officerLaoCai))).andExpect(jsonPath("$.titleVi").value(firstTitle));
    }

    @Test
    void recordsTheHistoryOfChangesWithTheirAuthor() throws Exception {
        AgreementBuilder memo = AgreementBuilder.aMemorandum().between(laoCai, hekou);
        long id = create(memo);
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), memo.between(laoCai, hekou, yunnan).validTo(LocalDate.of(2030, 1, 1))
                        .json(0L)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/agreements/{id}/history", id).with(user(viewerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$[0].author").value("agr-api-officer-lc"))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("validTo")))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("parties")))
                .andExpect(jsonPath("$[1].kind").value("CREATED"));
    }

    @Test
    void listsWithFiltersSortingAndPaging() throws Exception {
        String marker = "Mường Khương thử lọc " + System.nanoTime();
        long laoMemo = create(AgreementBuilder.aMemorandum().between(laoCai, hekou).summary(marker)
                .signedOn(LocalDate.of(2021, 5, 1)).fields(CooperationField.BORDER_MANAGEMENT));
        long yunnanPlan = create(AgreementBuilder.aYearlyPlan().between(laoCai, yunnan).summary(marker)
                .signedOn(LocalDate.of(2023, 5, 1)).validTo(LocalDate.of(2023, 12, 31)));
        long draft = create(AgreementBuilder.aMemorandum().between(batXat, hekou).summary(marker).draft().signedOn(null));
        String folded = "muong khuong thu loc";

        mvc.perform(get("/api/v1/agreements").param("text", folded).with(user(officerLaoCai)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].id").value(yunnanPlan))
                .andExpect(jsonPath("$.content[1].id").value(laoMemo))
                .andExpect(jsonPath("$.content[2].id").value(draft));
        mvc.perform(get("/api/v1/agreements").param("text", folded).param("sort", "signedOn,asc").param("size", "1")
                        .with(user(officerLaoCai)))
                .andExpect(jsonPath("$.content[0].id").value(laoMemo))
                .andExpect(jsonPath("$.totalPages").value(3));
        // Yunnan with its sub-units includes Hekou; the expired plan is filtered by its effective status.
        mvc.perform(get("/api/v1/agreements").param("text", folded).param("partnerAgencyId", String.valueOf(yunnan))
                        .param("status", "IN_FORCE").with(user(officerLaoCai)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(laoMemo));
        mvc.perform(get("/api/v1/agreements").param("text", folded).param("status", "EXPIRED").with(user(officerLaoCai)))
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.contains((int) yunnanPlan)));
        mvc.perform(get("/api/v1/agreements").param("text", folded).param("ourAgencyId", String.valueOf(batXat))
                        .param("kind", "MEMORANDUM_OF_UNDERSTANDING").with(user(officerLaoCai)))
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.contains((int) draft)));
        mvc.perform(get("/api/v1/agreements").param("text", folded).param("field", "BORDER_MANAGEMENT")
                        .param("signedFrom", "01/01/2021").param("signedTo", "2021-12-31").with(user(officerLaoCai)))
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.contains((int) laoMemo)));
        mvc.perform(get("/api/v1/agreements").param("partnerCountry", "LA").with(user(officerLaoCai)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) laoMemo))));
        mvc.perform(get("/api/v1/agreements").param("signedFrom", "31/02/2021").with(user(officerLaoCai)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("signedFrom"));
    }

    @Test
    void withdrawsOnlyDraftsAndTerminatesOnlyAgreementsInForce() throws Exception {
        long draft = create(AgreementBuilder.aMemorandum().between(laoCai, hekou).draft());
        long inForce = create(AgreementBuilder.aMemorandum().between(laoCai, hekou).signedOn(LocalDate.of(2024, 1, 1)));

        mvc.perform(withJson(post("/api/v1/agreements/{id}/withdraw", inForce), "{\"reason\":\"Không ký nữa\"}")
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(withJson(post("/api/v1/agreements/{id}/withdraw", draft), "{\"reason\":\" \"}").with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(withJson(post("/api/v1/agreements/{id}/withdraw", draft), "{\"version\":0,\"reason\":\"Hai bên thống nhất không ký\"}")
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.statusReason").value("Hai bên thống nhất không ký"));
        // A withdrawn draft is closed.
        mvc.perform(withJson(put("/api/v1/agreements/{id}", draft), AgreementBuilder.aMemorandum().between(laoCai, hekou).json(1L))
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(withJson(post("/api/v1/agreements/{id}/terminate", inForce),
                        "{\"terminatedOn\":\"2023-12-31\",\"reason\":\"Ký nhầm\"}").with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("terminatedOn"));
        mvc.perform(withJson(post("/api/v1/agreements/{id}/terminate", inForce),
                        "{\"terminatedOn\":\"2025-06-30\",\"reason\":\"Thay bằng kế hoạch mới\"}").with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(withJson(post("/api/v1/agreements/{id}/terminate", inForce),
                        "{\"terminatedOn\":\"2025-06-30\",\"reason\":\"Thay bằng kế hoạch mới\"}").with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminatedOn").value("2025-06-30"));
        mvc.perform(withJson(post("/api/v1/agreements/{id}/terminate", inForce),
                        "{\"terminatedOn\":\"2025-07-30\",\"reason\":\"Lần nữa\"}").with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyAdministratorsDeleteAndNeverAnAgreementThatIsReplaced() throws Exception {
        long old = create(AgreementBuilder.aYearlyPlan().between(laoCai, yunnan).validTo(LocalDate.of(2024, 12, 31)));
        long renewal = create(AgreementBuilder.aYearlyPlan().between(laoCai, yunnan).replacing(old));

        mvc.perform(delete("/api/v1/agreements/{id}", renewal).with(user(officerLaoCai)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/agreements/{id}", old).with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("thay thế")));
        mvc.perform(get("/api/v1/agreements/{id}", old).with(user(officerLaoCai)))
                .andExpect(jsonPath("$.replacedByIds", hasItem((int) renewal)));

        mvc.perform(delete("/api/v1/agreements/{id}", renewal).with(user(admin)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/agreements/{id}", renewal).with(user(admin))).andExpect(status().isNotFound());
        // Its attachments go with it.
        fixtures.asSystemAdmin(() -> service.attach(old, "scan.pdf", "%PDF-1.4 scan".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        mvc.perform(delete("/api/v1/agreements/{id}", old).with(user(admin)).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from agreement_attachment where agreement_id = ?", Integer.class, old)).isZero();
    }

    /** A PUT is the whole agreement: the agreement it replaced, sent as null, is no longer linked (the rule of every module's PUT). */
    @Test
    void aPutWithReplacesIdNullRemovesTheLink() throws Exception {
        long old = create(AgreementBuilder.aYearlyPlan().between(laoCai, yunnan).validTo(LocalDate.of(2024, 12, 31)));
        AgreementBuilder renewal = AgreementBuilder.aYearlyPlan().between(laoCai, yunnan);
        long id = create(renewal.replacing(old));
        mvc.perform(get("/api/v1/agreements/{id}", id).with(user(officerLaoCai))).andExpect(jsonPath("$.replacesId").value(old));
        mvc.perform(withJson(put("/api/v1/agreements/{id}", id), renewal.replacing(null).json(0L)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replacesId").isEmpty());
        mvc.perform(get("/api/v1/agreements/{id}", old).with(user(officerLaoCai))).andExpect(jsonPath("$.replacedByIds").isEmpty());
    }

    /** Meetings, cases and handovers will point at agreements through foreign keys: a delete they block is a clear refusal. */
    @Test
    void aDeleteThatAForeignKeyBlocksIsRefusedWithAMessage() throws Exception {
        long id = create(AgreementBuilder.aMemorandum().between(laoCai, hekou));
        String table = "test_agreement_link_" + System.nanoTime() % 1_000_000;
        jdbc.execute("create table " + table + " (agreement_id bigint not null, constraint fk_" + table
                + " foreign key (agreement_id) references cooperation_agreement (id))");
        try {
            jdbc.update("insert into " + table + " (agreement_id) values (?)", id);
            mvc.perform(delete("/api/v1/agreements/{id}", id).with(user(admin)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail", containsString("tham chiếu")));
            mvc.perform(get("/api/v1/agreements/{id}", id).with(user(admin))).andExpect(status().isOk());
        } finally {
            jdbc.execute("drop table " + table);
        }
    }

    @Test
    void refusesAReplacedAgreementTheUserCannotSeeOrAReplacementCycle() throws Exception {
        long ngheAnMemo = create(officerNgheAn, AgreementBuilder.aMemorandum().between(ngheAn, bolikhamxay));
        expectRefusal(AgreementBuilder.aMemorandum().between(laoCai, hekou).replacing(ngheAnMemo).json(null), "replacesId",
                "agreement.error.unknownReplaced");

        AgreementBuilder first = AgreementBuilder.aYearlyPlan().between(laoCai, hekou);
        long firstId = create(first);
        long second = create(AgreementBuilder.aYearlyPlan().between(laoCai, hekou).replacing(firstId));
        mvc.perform(withJson(put("/api/v1/agreements/{id}", firstId), first.replacing(second).json(0L)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("replacesId"));
        mvc.perform(withJson(put("/api/v1/agreements/{id}", firstId), first.replacing(firstId).json(0L)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theOpenApiDocumentDescribesTheAgreementApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/agreements'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agreements/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agreements/{id}/attachments'].post").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Agreements")));
    }

    private long create(AgreementBuilder agreement) throws Exception {
        return create(officerLaoCai, agreement);
    }

    private long create(SignedInUser as, AgreementBuilder agreement) throws Exception {
        return body(mvc.perform(withJson(post("/api/v1/agreements"), agreement.json(null)).with(user(as)).with(csrf()))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
    }

    private ResultActions expectRefusal(String body, String field, String code) throws Exception {
        return expectRefusal(officerLaoCai, body, field, code);
    }

    private ResultActions expectRefusal(SignedInUser as, String body, String field, String code) throws Exception {
        return mvc.perform(withJson(post("/api/v1/agreements"), body).with(user(as)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/business-rule"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].code").value(code));
    }

    private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }
}
