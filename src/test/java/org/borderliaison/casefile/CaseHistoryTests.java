package org.borderliaison.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryScan;
import org.borderliaison.audit.HistoryTest;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** A case's history reads as an audit trail: a change of status as such, seizures and status steps in words and figures. */
class CaseHistoryTests extends HistoryTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(CaseCategory.class, CaseStatus.class, SeizureItem.class,
            SeizureUnit.class, Country.class);

    @Test
    void aCreatedCaseWhoseStatusChangedReadsInTheReadersLanguage() throws Exception {
        SignedInUser officer = fixtures.account("case-hist-officer-ls", "VN-LS-CA", Role.OFFICER);
        AgencyView langSon = fixtures.agency("VN-LS-CA");
        AgencyView guangxi = fixtures.agency("CN-GX-GAT");
        String reference = "LS-LS-" + System.nanoTime() % 1_000_000;
        String created = CaseApiTests.caseJson(reference, langSon.id(), guangxi.id(), "2025-01-10", "");
        long id = json.readTree(mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(created)
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String edited = "{\"version\":0," + CaseApiTests.caseJson(reference, langSon.id(), guangxi.id(), "2025-01-10",
                "{\"item\":\"HEROIN\",\"quantity\":168.55,\"unit\":\"KG\"}").substring(1)
                .replace("\"status\":\"INFORMATION_EXCHANGED\"", "\"status\":\"ARRESTED_OR_SOLVED\",\"statusDate\":\"2025-02-20\","
                        + "\"statusNote\":\"Bắt 3 đối tượng\"");
        mvc.perform(put("/api/v1/cases/{id}", id).contentType(MediaType.APPLICATION_JSON).content(edited).with(user(officer)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode vietnamese = history("/api/v1/cases/" + id, officer, VIETNAMESE);
        assertThat(actions(vietnamese)).containsExactly("statusChanged", "created");
        assertThat(HistoryScan.readable(vietnamese, ENUMS)).contains("Chuyển tình trạng", "Heroin 168,55 kg",
                label("case.statusHistory", VIETNAMESE) + ": Đã bắt giữ / giải quyết · 20/02/2025 · Bắt 3 đối tượng",
                label("case.leadAgency", VIETNAMESE) + ": " + langSon.nameVi(), label("case.partners", VIETNAMESE) + ": " + guangxi.nameVi(),
                "10/01/2025", label("case.category", VIETNAMESE) + ": " + label("caseCategory.DRUGS", VIETNAMESE));

        JsonNode english = history("/api/v1/cases/" + id, officer, Locale.ENGLISH);
        assertThat(HistoryScan.readable(english, ENUMS)).contains("Status changed", "168.55", guangxi.name("en"),
                label("caseStatus.ARRESTED_OR_SOLVED", Locale.ENGLISH));

        assertThat(HistoryScan.pageHistory(page("/cases/" + id, officer, VIETNAMESE), ENUMS)).contains("Chuyển tình trạng", "thêm");
        assertThat(HistoryScan.pageHistory(page("/cases/" + id, officer, Locale.ENGLISH), ENUMS)).contains("Status changed", "added");
    }
}
