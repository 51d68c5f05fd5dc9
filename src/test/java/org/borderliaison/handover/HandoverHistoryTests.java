package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryScan;
import org.borderliaison.audit.HistoryTest;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.shared.web.DateFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** A handover's history reads as an audit trail: agencies and the linked case by name, never the persons handed over. */
class HandoverHistoryTests extends HistoryTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(HandoverDirection.class, HandoverCategory.class,
            LegalBasisKind.class, Country.class);

    @Test
    void aCreatedAndEditedHandoverReadsInTheReadersLanguage() throws Exception {
        SignedInUser officer = fixtures.account("ho-hist-officer-ls", "VN-LS-CA", Role.OFFICER);
        AgencyView langSon = fixtures.agency("VN-LS-CA");
        AgencyView guangxi = fixtures.agency("CN-GX-GAT");
        String reference = "HO-LS-" + System.nanoTime() % 1_000_000;
        long caseId = id(post("/api/v1/cases"), """
                {"category":"WANTED_PERSON","ourReference":"%s","openedOn":"2025-01-10","status":"INFORMATION_EXCHANGED",
                 "leadAgencyId":%d,"partners":[{"agencyId":%d}],"subjects":1,"victims":0,"summary":"Truy nã"}"""
                .formatted(reference, langSon.id(), guangxi.id()), officer);
        String person = "Lưu Quang Minh " + System.nanoTime() % 1000;
        long id = id(post("/api/v1/handovers"), json.writeValueAsString(
                HandoverBodies.wantedPersons(1).between(langSon.id(), guangxi.id()).named(person).build()), officer);
        mvc.perform(put("/api/v1/handovers/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(HandoverBodies.wantedPersons(1).between(langSon.id(), guangxi.id()).named(person)
                                .notes("Bàn giao tại cửa khẩu").linkedTo(caseId, null).version(0).build()))
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode vietnamese = history("/api/v1/handovers/" + id, officer, VIETNAMESE);
        assertThat(actions(vietnamese)).containsExactly("edited", "created");
        String text = HistoryScan.readable(vietnamese, ENUMS);
        assertThat(text).contains(label("handover.case", VIETNAMESE) + ": " + reference, "Bàn giao tại cửa khẩu",
                label("handover.ourAgency", VIETNAMESE) + ": " + langSon.nameVi(),
                label("handover.partnerAgency", VIETNAMESE) + ": " + guangxi.nameVi(),
                label("handover.category", VIETNAMESE) + ": " + label("handoverCategory.WANTED_FUGITIVE", VIETNAMESE),
                DateFormatter.display(LocalDate.now().minusDays(1)));
        assertThat(text).doesNotContain(person);

        JsonNode english = history("/api/v1/handovers/" + id, officer, Locale.ENGLISH);
        assertThat(HistoryScan.readable(english, ENUMS)).contains("Edited", guangxi.name("en"),
                label("handover.direction", Locale.ENGLISH) + ": " + label("handoverDirection.HANDED_OVER", Locale.ENGLISH));

        assertThat(HistoryScan.pageHistory(page("/handovers/" + id, officer, VIETNAMESE), ENUMS)).contains("Sửa", reference);
        assertThat(HistoryScan.pageHistory(page("/handovers/" + id, officer, Locale.ENGLISH), ENUMS)).contains("Edited", reference);
    }

    @Test
    void theRecordNumbersYearReadsAsAYearNotAQuantity() throws Exception {
        SignedInUser officer = fixtures.account("ho-hist-year-ls", "VN-LS-CA", Role.OFFICER);
        long id = id(post("/api/v1/handovers"), json.writeValueAsString(
                HandoverBodies.wantedPersons(1).between(fixtures.agency("VN-LS-CA").id(), fixtures.agency("CN-GX-GAT").id()).build()), officer);
        // Numbered in the handover's year, which the body sets to yesterday.
        String year = String.valueOf(LocalDate.now().minusDays(1).getYear());
        String grouped = year.charAt(0) + "." + year.substring(1); // how a Vietnamese reader's number format groups it

        for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
            String label = label("handover.recordYear", locale) + ": ";
            assertThat(HistoryScan.readable(history("/api/v1/handovers/" + id, officer, locale), ENUMS))
                    .contains(label + year).doesNotContain(label + grouped);
            assertThat(HistoryScan.pageHistory(page("/handovers/" + id, officer, locale), ENUMS)).contains(year)
                    .doesNotContain(grouped);
        }
    }

    private long id(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body, SignedInUser who)
            throws Exception {
        return json.readTree(mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(user(who)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }
}
