package org.borderliaison.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryScan;
import org.borderliaison.audit.HistoryTest;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** A patrol's history reads as an audit trail: units and the border gate by name, dates and times as written. */
class PatrolHistoryTests extends HistoryTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(PatrolKind.class, Country.class);

    @Autowired
    Agencies agencies;

    @Test
    void aCreatedAndEditedPatrolReadsInTheReadersLanguage() throws Exception {
        SignedInUser officer = fixtures.account("patrol-hist-ckqt", "VN-LC-BDBP-CKQT", Role.OFFICER);
        AgencyView post = fixtures.asSystemAdmin(() -> agencies.require(PatrolBuilder.CKQT_POST));
        AgencyView station = fixtures.asSystemAdmin(() -> agencies.require(PatrolBuilder.HEKOU_STATION));
        BorderGateView gate = agencies.findBorderGate(1L).orElseThrow();
        PatrolBuilder patrol = PatrolBuilder.aJointPatrol().on(LocalDate.of(2024, 9, 12));
        long id = json.readTree(mvc.perform(post("/api/v1/patrols").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(patrol.json(null))).with(user(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(put("/api/v1/patrols/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(patrol.on(LocalDate.of(2024, 9, 13)).with(PatrolBuilder.HEKOU_STATION)
                                .personnel(1962, 11).gate(null).json(0L))).with(user(officer)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode vietnamese = history("/api/v1/patrols/" + id, officer, VIETNAMESE);
        assertThat(actions(vietnamese)).containsExactly("edited", "created");
        assertThat(HistoryScan.readable(vietnamese, ENUMS)).contains("13/09/2024", "12/09/2024", "07:30", "1.962",
                label("patrol.ourAgency", VIETNAMESE) + ": " + post.nameVi(),
                label("patrol.partnerAgency", VIETNAMESE) + ": " + station.nameVi(),
                label("patrol.borderGate", VIETNAMESE) + ": " + gate.nameVi(),
                label("patrol.kind", VIETNAMESE) + ": " + label("patrolKind.JOINT", VIETNAMESE));

        JsonNode english = history("/api/v1/patrols/" + id, officer, Locale.ENGLISH);
        assertThat(HistoryScan.readable(english, ENUMS)).contains("Edited", "1,962", station.name("en"),
                label("patrol.kind", Locale.ENGLISH) + ": " + label("patrolKind.JOINT", Locale.ENGLISH));

        assertThat(HistoryScan.pageHistory(page("/patrols/" + id, officer, VIETNAMESE), ENUMS)).contains("Sửa", station.nameVi());
        assertThat(HistoryScan.pageHistory(page("/patrols/" + id, officer, Locale.ENGLISH), ENUMS)).contains("Edited", "Created");
    }
}
