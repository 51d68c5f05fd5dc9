package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.handover.HandoverApiTests.GUANGXI;
import static org.borderliaison.handover.HandoverApiTests.HEKOU_POLICE;
import static org.borderliaison.handover.HandoverApiTests.LANG_SON;
import static org.borderliaison.handover.HandoverApiTests.LAO_CAI_POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.borderliaison.agreement.AgreementDraft;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handover's linked case and legal-basis agreement: recorded and returned by the API, refused when unknown or out
 * of scope, shown on the handover, on the printed record, and on the case's and the agreement's pages, and keeping
 * the agreement from being deleted.
 */
class HandoverLinkTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    Agreements agreements;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser langSonOfficer;
    SignedInUser laoCaiOfficer;
    SignedInUser admin;

    @BeforeEach
    void accounts() {
        langSonOfficer = fixtures.account("ho-links-officer-ls", "VN-LS-CA", Role.OFFICER);
        laoCaiOfficer = fixtures.account("ho-links-officer-lc", "VN-LC-CA", Role.OFFICER);
        admin = fixtures.account("ho-links-admin", "VN-BCA", Role.ADMIN);
    }

    long agreement(String title, long ours, long partner) {
        return fixtures.asSystemAdmin(() -> agreements.create(new AgreementDraft(title, AgreementKind.CONFERENCE_MINUTES, "BB-" + System.nanoTime() % 10000,
                LocalDate.of(2025, 5, 6), null, List.of(ours, partner), List.of(), EnumSet.of(CooperationField.WANTED_PERSONS), null, null)));
    }

    long caseOf(SignedInUser who, String reference, long lead, long partner) throws Exception {
        String body = """
                {"category":"WANTED_PERSON","ourReference":"%s","openedOn":"2025-05-02","status":"INVESTIGATING",
                 "leadAgencyId":%d,"partners":[{"agencyId":%d}],"subjects":3,"victims":0}""".formatted(reference, lead, partner);
        String location = mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(body).with(user(who)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    ResultActions create(SignedInUser who, HandoverBodies body) throws Exception {
        return mvc.perform(post("/api/v1/handovers").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body.build())).with(user(who)).with(csrf()));
    }

    long id(ResultActions created) throws Exception {
        JsonNode node = json.readTree(created.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        return node.get("id").asLong();
    }

    static String reference(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000;
    }

    @Test
    void aHandoverLinkedToACaseAndAnAgreementShowsThemEverywhere() throws Exception {
        String title = "Biên bản hội đàm trao trả đối tượng truy nã " + System.nanoTime();
        long agreement = agreement(title, LANG_SON, GUANGXI);
        String reference = reference("HL-C");
        long caseId = caseOf(langSonOfficer, reference, LANG_SON, GUANGXI);
        long id = id(create(langSonOfficer, HandoverBodies.wantedPersons(2).between(LANG_SON, GUANGXI).linkedTo(caseId, agreement)));

        mvc.perform(get("/api/v1/handovers/" + id).with(user(langSonOfficer)))
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.legalBasisAgreementId").value(agreement));
        mvc.perform(get("/handovers/" + id).with(user(langSonOfficer)))
                .andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")))
                .andExpect(content().string(containsString("href=\"/agreements/" + agreement + "\"")));
        mvc.perform(get("/handovers/" + id + "/record").with(user(langSonOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("关联案件")));
        mvc.perform(get("/agreements/" + agreement).with(user(langSonOfficer)))
                .andExpect(content().string(containsString("href=\"/handovers/" + id + "\"")));
        mvc.perform(get("/cases/" + caseId).with(user(langSonOfficer)))
                .andExpect(content().string(containsString("href=\"/handovers/" + id + "\"")));
    }

    @Test
    void aCaseOrAgreementOutOfScopeOrUnknownIsRefused() throws Exception {
        long laoCaiCase = caseOf(laoCaiOfficer, reference("HL-O"), LAO_CAI_POLICE, HEKOU_POLICE);
        long laoCaiAgreement = agreement("Biên bản Lào Cai – Hà Khẩu " + System.nanoTime(), LAO_CAI_POLICE, HEKOU_POLICE);
        create(langSonOfficer, HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).linkedTo(laoCaiCase, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("caseId"));
        create(langSonOfficer, HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).linkedTo(null, laoCaiAgreement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("legalBasisAgreementId"));
        create(langSonOfficer, HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).linkedTo(987654L, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("caseId"));
    }

    @Test
    void theFormChoosesTheLinksAndAnUpdateCanRemoveThem() throws Exception {
        long agreement = agreement("Biên bản biểu mẫu bàn giao " + System.nanoTime(), LANG_SON, GUANGXI);
        long caseId = caseOf(langSonOfficer, reference("HL-F"), LANG_SON, GUANGXI);
        String url = mvc.perform(post("/handovers/new").with(user(langSonOfficer)).with(csrf())
                        .param("direction", "RECEIVED").param("category", "ILLEGAL_ENTRANT").param("date", "03/05/2025")
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "4").param("caseId", String.valueOf(caseId))
                        .param("legalBasisAgreementId", String.valueOf(agreement)))
                .andExpect(redirectedUrlPattern("/handovers/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        mvc.perform(get(url + "/edit").with(user(langSonOfficer)))
                .andExpect(content().string(containsString("name=\"caseId\" value=\"" + caseId + "\"")))
                .andExpect(content().string(containsString("name=\"legalBasisAgreementId\" value=\"" + agreement + "\"")));
        mvc.perform(put("/api/v1/handovers/" + id).contentType(MediaType.APPLICATION_JSON).with(user(langSonOfficer)).with(csrf())
                        .content(json.writeValueAsString(HandoverBodies.wantedPersons(4).between(LANG_SON, GUANGXI).version(0).build())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").isEmpty())
                .andExpect(jsonPath("$.legalBasisAgreementId").isEmpty());
        mvc.perform(get("/cases/" + caseId).with(user(langSonOfficer)))
                .andExpect(content().string(not(containsString("href=\"/handovers/" + id + "\""))));
        mvc.perform(get("/handovers/picker/cases").param("q", "HL-F").with(user(laoCaiOfficer)))
                .andExpect(content().string(not(containsString("data-id=\"" + caseId + "\""))));
        mvc.perform(get("/handovers/picker/cases").param("q", "HL-F").with(user(langSonOfficer)))
                .andExpect(content().string(containsString("data-id=\"" + caseId + "\"")));
    }

    @Test
    void anAgreementAHandoverRestsOnCannotBeDeleted() throws Exception {
        long agreement = agreement("Biên bản căn cứ không xóa được " + System.nanoTime(), LANG_SON, GUANGXI);
        id(create(langSonOfficer, HandoverBodies.property(2).between(LANG_SON, GUANGXI).linkedTo(null, agreement)));
        mvc.perform(delete("/api/v1/agreements/" + agreement).with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select count(*) from cooperation_agreement where id = ?", Integer.class, agreement)).isOne();
        // An agreement nothing points at goes.
        long free = agreement("Biên bản không ai dẫn chiếu " + System.nanoTime(), LANG_SON, GUANGXI);
        mvc.perform(delete("/api/v1/agreements/" + free).with(user(admin)).with(csrf())).andExpect(status().is2xxSuccessful());
    }
}
