package org.borderliaison.patrol;

import static org.borderliaison.patrol.PatrolBuilder.BAN_LAU_POST;
import static org.borderliaison.patrol.PatrolBuilder.CKQT_POST;
import static org.borderliaison.patrol.PatrolBuilder.HEKOU_STATION;
import static org.borderliaison.patrol.PatrolBuilder.HONGHE_DETACHMENT;
import static org.borderliaison.patrol.PatrolBuilder.aBilateralPatrol;
import static org.borderliaison.patrol.PatrolBuilder.aJointPatrol;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The patrol API: recording, rules, scope, optimistic locking, search and the error shapes. */
class PatrolApiTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    SignedInUser postOfficer;
    SignedInUser commandOfficer;
    SignedInUser langSonOfficer;
    SignedInUser reporter;

    @BeforeEach
    void accounts() {
        postOfficer = fixtures.account("patrol-api-ckqt", "VN-LC-BDBP-CKQT", Role.OFFICER);
        commandOfficer = fixtures.account("patrol-api-bdbp", "VN-LC-BDBP", Role.OFFICER);
        langSonOfficer = fixtures.account("patrol-api-ls", "VN-LS-CA", Role.OFFICER);
        reporter = fixtures.account("patrol-api-reporter", "VN-LC-BDBP", Role.REPORTER);
    }

    @Test
    void anOfficerRecordsAJointPatrolAndReadsItBackWithItsUnitsNamed() throws Exception {
        JsonNode created = body(create(postOfficer, aJointPatrol().by(CKQT_POST).with(HONGHE_DETACHMENT).personnel(14, 11)
                .segment("102", "104(1)").findings("Tuần tra đoạn sông Hồng, không phát hiện vi phạm (API-1)."))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/patrols/"))));
        long id = created.get("id").asLong();

        mvc.perform(get("/api/v1/patrols/{id}", id).with(httpBasic("patrol-api-ckqt", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("JOINT"))
                .andExpect(jsonPath("$.segment").value("102 – 104(1)"))
                .andExpect(jsonPath("$.ourAgency.code").value("VN-LC-BDBP-CKQT"))
                .andExpect(jsonPath("$.partnerAgency.nameNative").exists())
                .andExpect(jsonPath("$.partnerCountry").value("CN"))
                .andExpect(jsonPath("$.ourPersonnel").value(14))
                .andExpect(jsonPath("$.partnerPersonnel").value(11))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/patrols/{id}/history", id).with(user(postOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("CREATED"))
                .andExpect(jsonPath("$[0].author").value("patrol-api-ckqt"));
    }

    @Test
    void personnelBelowOneAndBadMarkersAreRefusedWithFieldErrors() throws Exception {
        create(postOfficer, aJointPatrol().personnel(0, -2).segment("mốc 100", "106(1)"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", containsString("validation")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("ourPersonnel")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("partnerPersonnel")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("segmentFrom")))
                .andExpect(jsonPath("$.fieldErrors[*].message", hasItem("Quân số phải ít nhất là 1.")))
                .andExpect(jsonPath("$.fieldErrors[*].message", hasItem("Số hiệu mốc không hợp lệ (ví dụ: 100(2) hoặc 106).")));
        create(postOfficer, aJointPatrol().personnel(null, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("ourPersonnel")));
    }

    @Test
    void domainRulesAreRefusedWith422OnTheField() throws Exception {
        long batXatPolice = fixtures.agency("VN-LC-CA-BX").id();
        create(postOfficer, aJointPatrol().with(batXatPolice))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partnerAgencyId"));
        create(postOfficer, aJointPatrol().by(HEKOU_STATION))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyId"));
        create(postOfficer, aJointPatrol().on(LocalDate.now().plusDays(2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("date"))
                .andExpect(jsonPath("$.detail").value("Ngày tuần tra không được sau ngày hôm nay."));
        create(postOfficer, aJointPatrol().gate(999L))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("borderGateId"));
    }

    @Test
    void anOfficerRecordsOnlyForUnitsOfTheirScopeAndReadersDoNotRecordAtAll() throws Exception {
        // The Lào Cai International Border Gate post's officer cannot log a patrol of the Bản Lầu post.
        create(postOfficer, aBilateralPatrol().by(BAN_LAU_POST))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyId"))
                .andExpect(jsonPath("$.fieldErrors[0].code").value("patrol.error.ourAgencyOutOfScope"));
        create(commandOfficer, aBilateralPatrol().by(BAN_LAU_POST).with(HEKOU_STATION)).andExpect(status().isCreated());
        create(reporter, aBilateralPatrol()).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrols")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPatrolIsInvisibleOutsideTheScopeOfItsUnits() throws Exception {
        long id = body(create(postOfficer, aJointPatrol().findings("Kiểm tra bến đò Cốc Lếu (API-SCOPE)"))).get("id").asLong();
        mvc.perform(get("/api/v1/patrols/{id}", id).with(user(langSonOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type", containsString("not-found")));
        mvc.perform(get("/api/v1/patrols/{id}/history", id).with(user(langSonOfficer))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/patrols/{id}", id).with(basic(langSonOfficer)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(aJointPatrol().json(0L))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patrols").param("q", "API-SCOPE").with(user(langSonOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/patrols").param("q", "api-scope").with(user(reporter)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));
    }

    @Test
    void anEditOnAnOlderVersionIsRefusedWith409() throws Exception {
        long id = body(create(postOfficer, aJointPatrol().personnel(8, 8))).get("id").asLong();
        mvc.perform(put("/api/v1/patrols/{id}", id).with(basic(postOfficer)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(aJointPatrol().personnel(9, 8).json(0L))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ourPersonnel").value(9))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/patrols/{id}", id).with(basic(commandOfficer)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(aJointPatrol().personnel(20, 8).json(0L))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("stale-version")));
        mvc.perform(put("/api/v1/patrols/{id}", id).with(basic(postOfficer)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(aJointPatrol().json(null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("version")));
        mvc.perform(get("/api/v1/patrols/{id}", id).with(user(postOfficer))).andExpect(jsonPath("$.ourPersonnel").value(9));
        // Patrols are never deleted: cases opened from them refer to them.
        mvc.perform(delete("/api/v1/patrols/{id}", id).with(basic(postOfficer)))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/patrols/{id}", id).with(user(postOfficer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/patrols/{id}/history", id).with(user(postOfficer)))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("ourPersonnel")));
    }

    @Test
    void searchesByKindPeriodUnitsAndTextWithPaging() throws Exception {
        mvc.perform(get("/api/v1/patrols").param("kind", "JOINT").param("from", "2024-01-01").param("to", "31/12/2024")
                        .param("size", "5").with(user(commandOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(22))
                .andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.content[*].kind", everyItem(org.hamcrest.Matchers.is("JOINT"))));
        mvc.perform(get("/api/v1/patrols").param("ourAgencyId", String.valueOf(BAN_LAU_POST)).param("from", "2024-01-01")
                        .param("to", "2024-12-31").param("size", "200").with(user(commandOfficer)))
                .andExpect(jsonPath("$.content[*].ourAgency.id", everyItem(org.hamcrest.Matchers.is((int) BAN_LAU_POST))));
        mvc.perform(get("/api/v1/patrols").param("q", "nguyen trang").param("to", "2024-12-31").param("size", "200")
                        .with(user(commandOfficer)))
                .andExpect(jsonPath("$.content[*].findings", everyItem(containsString("nguyên trạng"))));
        mvc.perform(get("/api/v1/patrols").param("from", "not-a-date").with(user(commandOfficer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("from"));
        mvc.perform(get("/api/v1/patrols").param("kind", "JOINT").with(user(langSonOfficer)))
                .andExpect(jsonPath("$.content[*].ourAgency.code", not(hasItem("VN-LC-BDBP-CKQT"))));
    }

    private ResultActions create(SignedInUser who, PatrolBuilder patrol) throws Exception {
        return mvc.perform(post("/api/v1/patrols").with(basic(who)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(patrol.json(null))));
    }

    /** Scripts send Basic credentials (no session, hence no CSRF token); the API is tested as they use it. */
    private static RequestPostProcessor basic(SignedInUser who) {
        return httpBasic(who.getUsername(), Fixtures.PASSWORD);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

}
