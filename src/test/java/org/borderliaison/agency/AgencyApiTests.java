package org.borderliaison.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.agency.domain.Agency;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agency API: reads, the administrators' reorganisations, and the error shapes. */
class AgencyApiTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JsonMapper json;

    @Autowired
    RecordHistory history;

    SignedInUser admin;
    SignedInUser officer;

    @BeforeEach
    void accounts() {
        admin = fixtures.account("api-admin", "VN-BCA", Role.ADMIN);
        officer = fixtures.account("api-officer-lc", "VN-LC-CA", Role.OFFICER);
    }

    @Test
    void searchesAccentInsensitivelyWithPaging() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("q", "ha khau").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code", hasItem("CN-HK-GAJ")))
                .andExpect(jsonPath("$.content[0].nameVi").exists())
                .andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/v1/agencies").param("q", "河口").param("country", "CN").with(user(officer)))
                .andExpect(jsonPath("$.content[*].code", hasItem("CN-HK-GAJ")));
        mvc.perform(get("/api/v1/agencies").param("parentId", String.valueOf(fixtures.agency("VN-LC-BDBP").id()))
                        .param("size", "1").with(user(officer)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void readsOneAgencyWithTheContractFieldNames() throws Exception {
        AgencyView hekou = fixtures.agency("CN-HK-GAJ");
        mvc.perform(get("/api/v1/agencies/{id}", hekou.id()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(hekou.id()))
                .andExpect(jsonPath("$.code").value("CN-HK-GAJ"))
                .andExpect(jsonPath("$.nameNative").value("河口县公安局"))
                .andExpect(jsonPath("$.country").value("CN"))
                .andExpect(jsonPath("$.parentId").value(fixtures.agency("CN-HH-GAJ").id()))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/agencies/{id}", 987654).with(user(officer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/not-found"));
    }

    @Test
    void refusesAnonymousCallsWith401AndScriptsSignInWithBasic() throws Exception {
        mvc.perform(get("/api/v1/agencies"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/agencies").with(httpBasic("api-officer-lc", Fixtures.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void officersMayNotChangeTheHierarchy() throws Exception {
        long batXat = fixtures.agency("VN-LC-CA-BX").id();
        mvc.perform(withJson(post("/api/v1/agencies"), newAgencyJson(uniqueCode(), null)).with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/forbidden"));
        mvc.perform(withJson(post("/api/v1/agencies/{id}/move", batXat),
                        "{\"version\":0,\"parentId\":null,\"effectiveDate\":\"2025-07-01\"}").with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(withJson(post("/api/v1/agencies/{id}/dissolve", batXat),
                        "{\"version\":0,\"effectiveDate\":\"2025-07-01\"}").with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.agency("VN-LC-CA-BX").active()).isTrue();
    }

    @Test
    void answersBadInputWithProblemDetailsAndFieldErrors() throws Exception {
        mvc.perform(withJson(post("/api/v1/agencies"), "{\"code\":\"bad code!\",\"country\":\"VN\",\"nameVi\":\"\"}")
                        .with(user(admin)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/validation"))
                .andExpect(jsonPath("$.title").exists())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("nameVi")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'nameVi')].message").value(hasItem("Must not be blank.")));
        mvc.perform(withJson(post("/api/v1/agencies"), "{not json").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/unreadable"));
        mvc.perform(withJson(post("/api/v1/agencies"), newAgencyJson(uniqueCode(), 999999L)).with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("parentId"));
        mvc.perform(get("/api/v1/agencies").param("country", "XX").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("country"));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(withJson(post("/api/v1/agencies").param("lang", "en"), "{\"country\":\"VN\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'nameVi')].message").value(hasItem("Must not be blank.")));
    }

    @Test
    void createsUpdatesAndRefusesAStaleVersionWith409() throws Exception {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        JsonNode created = body(mvc.perform(withJson(post("/api/v1/agencies"), newAgencyJson(uniqueCode(), laoCai))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/agencies/")))
                .andReturn());
        long id = created.get("id").asLong();
        assertThat(created.get("parentId").asLong()).isEqualTo(laoCai);

        String update = "{\"version\":0,\"code\":\"" + created.get("code").asString() + "\",\"kind\":\"COMMUNE_POLICE\","
                + "\"level\":\"COMMUNE\",\"nameVi\":\"Công an xã Bản Vược\",\"nameEn\":\"Ban Vuoc commune police\"}";
        mvc.perform(withJson(put("/api/v1/agencies/{id}", id), update).with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameVi").value("Công an xã Bản Vược"))
                .andExpect(jsonPath("$.version").value(1));
        // an edit reads in the form's words: labels and enum names, never the entity's field names or constants
        mvc.perform(get("/api/v1/agencies/{id}/history", id).with(user(admin)))
                .andExpect(jsonPath("$[0].action").value("edited"))
                .andExpect(jsonPath("$[0].changes[*].label").value(org.hamcrest.Matchers.hasItems("Tên tiếng Anh", "Loại")))
                .andExpect(jsonPath("$[0].changes[*].label").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems("nameEn", "kind"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("COMMUNE_POLICE"))));
        // The same edit again carries version 0, which someone has since replaced.
        mvc.perform(withJson(put("/api/v1/agencies/{id}", id), update.replace("Bản Vược", "Bản Qua")).with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/stale-version"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/agencies/{id}", id).with(user(admin))).andExpect(jsonPath("$.nameVi").value("Công an xã Bản Vược"));
    }

    @Test
    void administratorsKeepTheDefaultsOfTheAgencysOfficialDocuments() throws Exception {
        long id = create(uniqueCode(), fixtures.agency("VN-LC-CA").id());
        String code = code(id);
        String update = "{\"version\":0,\"code\":\"" + code + "\",\"kind\":\"DISTRICT_POLICE\",\"level\":\"DISTRICT\","
                + "\"nameVi\":\"Công an huyện Bát Xát\",\"documents\":{\"symbol\":\"CAH\",\"place\":\"Bát Xát\","
                + "\"recipients\":\"- Công an tỉnh Lào Cai;\\n\\nLưu: VT.\",\"signatoryAuthority\":\"KT. TRƯỞNG CÔNG AN HUYỆN\","
                + "\"signatoryPosition\":\"PHÓ TRƯỞNG CÔNG AN HUYỆN\",\"signatoryName\":\"Hoàng Văn Minh\"}}";
        mvc.perform(withJson(put("/api/v1/agencies/{id}", id), update).with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents.symbol").value("CAH"))
                .andExpect(jsonPath("$.documents.place").value("Bát Xát"))
                // the list marks and the final punctuation people type are the document's to add
                .andExpect(jsonPath("$.documents.recipients").value("Công an tỉnh Lào Cai\nLưu: VT"))
                .andExpect(jsonPath("$.documents.signatoryName").value("Hoàng Văn Minh"));
        // An update without them leaves them as they are.
        mvc.perform(withJson(put("/api/v1/agencies/{id}", id), update.replaceAll(",\"documents\":.*}}", "}").replace("\"version\":0", "\"version\":1"))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents.signatoryPosition").value("PHÓ TRƯỞNG CÔNG AN HUYỆN"));
        // A symbol with a slash would break the number line ("12/BC-CA/H"): refused next to the field, nothing saved.
        mvc.perform(withJson(put("/api/v1/agencies/{id}", id), update.replace("\"version\":0", "\"version\":2").replace("CAH", "CA/H"))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("documents.symbol"));
        assertThat(fixtures.agency(code).documents().symbol()).isEqualTo("CAH");
        // The provinces of the seed articles print as their reports did.
        assertThat(fixtures.agency("VN-LS-CA").documents().place()).isEqualTo("Lạng Sơn");
    }

    @Test
    void moveCarriesTheSubTreeAndRefusesCycles() throws Exception {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long district = create(uniqueCode(), laoCai);
        long commune = create(uniqueCode(), district);

        mvc.perform(withJson(post("/api/v1/agencies/{id}/move", district),
                        "{\"version\":0,\"parentId\":" + commune + ",\"effectiveDate\":\"2025-07-01\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("parentId"))
                .andExpect(jsonPath("$.detail", containsString("vòng lặp")));
        mvc.perform(withJson(post("/api/v1/agencies/{id}/move", district),
                        "{\"version\":0,\"parentId\":" + district + ",\"effectiveDate\":\"2025-07-01\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        long langSon = fixtures.agency("VN-LS-CA").id();
        mvc.perform(withJson(post("/api/v1/agencies/{id}/move", district),
                        "{\"version\":0,\"parentId\":" + langSon + ",\"effectiveDate\":\"2025-07-01\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(langSon))
                .andExpect(jsonPath("$.parentSince").value("2025-07-01"));
        AgencyView movedCommune = fixtures.agency(code(commune));
        assertThat(fixtures.agency("VN-LS-CA").contains(movedCommune)).as("the commune followed its district").isTrue();
        assertThat(fixtures.agency("VN-LC-CA").contains(movedCommune)).isFalse();
    }

    @Test
    void mergeKeepsTheOldAgencyItsHistoryAndPointsAtTheSuccessor() throws Exception {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long old = create(uniqueCode(), laoCai);
        long successor = create(uniqueCode(), laoCai);
        long child = create(uniqueCode(), old);

        mvc.perform(withJson(post("/api/v1/agencies/{id}/dissolve", old),
                        "{\"version\":0,\"effectiveDate\":\"2025-07-01\",\"successorId\":" + successor + "}").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.validTo").value("2025-07-01"))
                .andExpect(jsonPath("$.successorId").value(successor));

        assertThat(fixtures.agency(code(child)).parentId()).as("its active sub-units went along").isEqualTo(successor);
        AgencyView merged = fixtures.agency(code(old));
        assertThat(merged.parentId()).as("stays in the tree, so its past records still count for Lào Cai").isEqualTo(laoCai);
        java.util.List<HistoryEntry> entries = history.of(Agency.class, old);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).author()).isEqualTo("api-admin");
        assertThat(entries.get(0).changes()).as("the columns a reorganisation rewrites are told by its event, not as fields")
                .extracting(HistoryEntry.FieldChange::field).doesNotContain("active", "validTo", "successor", "parent");
        assertThat(entries.get(1).kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        // the agency's history tells the merge in words, not as the columns it rewrote
        mvc.perform(get("/api/v1/agencies/{id}/history", old).with(user(officer)))
                .andExpect(jsonPath("$[0].author").value("api-admin"))
                .andExpect(jsonPath("$[0].action").value("reorganised"))
                .andExpect(jsonPath("$[0].actionLabel").value(org.hamcrest.Matchers.startsWith("Sáp nhập vào Công an huyện thử")))
                .andExpect(jsonPath("$[0].actionLabel").value(org.hamcrest.Matchers.endsWith("hiệu lực 01/07/2025")))
                .andExpect(jsonPath("$[*].changes[*].field").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems("successor"))))
                .andExpect(jsonPath("$[*].changes[*].field").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems("active"))));

        mvc.perform(withJson(post("/api/v1/agencies/{id}/dissolve", old),
                        "{\"version\":1,\"effectiveDate\":\"2025-08-01\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void managesPartnershipsBetweenAVietnameseAndAForeignAgency() throws Exception {
        long vn = create(uniqueCode(), fixtures.agency("VN-LC-CA").id());
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        mvc.perform(withJson(post("/api/v1/partnerships"),
                        "{\"vnAgencyId\":" + hekou + ",\"partnerAgencyId\":" + vn + ",\"level\":\"DISTRICT_COUNTY\"}")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(withJson(post("/api/v1/partnerships"),
                        "{\"vnAgencyId\":" + vn + ",\"partnerAgencyId\":" + hekou + ",\"level\":\"DISTRICT_COUNTY\"}")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerAgencyName").value("Cục Công an huyện Hà Khẩu"));
        mvc.perform(get("/api/v1/agencies/{id}/partnerships", vn).with(user(officer)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].level").value("DISTRICT_COUNTY"));
    }

    @Test
    void listsTheBorderGates() throws Exception {
        mvc.perform(get("/api/v1/border-gates").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].partnerGateNative", hasItem("河口")));
    }

    private long create(String code, Long parentId) throws Exception {
        return body(mvc.perform(withJson(post("/api/v1/agencies"), newAgencyJson(code, parentId)).with(user(admin)).with(csrf()))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
    }

    private String code(long id) throws Exception {
        return body(mvc.perform(get("/api/v1/agencies/{id}", id).with(user(admin))).andReturn()).get("code").asString();
    }

    private static String newAgencyJson(String code, Long parentId) {
        return "{\"code\":\"" + code + "\",\"country\":\"VN\",\"kind\":\"DISTRICT_POLICE\",\"level\":\"DISTRICT\","
                + "\"nameVi\":\"Công an huyện thử " + code + "\",\"parentId\":" + parentId + "}";
    }

    private static String uniqueCode() {
        return "T-API-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }
}
