package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryScan;
import org.borderliaison.audit.HistoryTest;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** An agreement's history reads as an audit trail: parties and the agreement replaced by name, dates, termination. */
class AgreementHistoryTests extends HistoryTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(AgreementKind.class, AgreementStatus.class,
            CooperationField.class, Country.class);

    @Test
    void aCreatedEditedAndTerminatedAgreementReadsInTheReadersLanguage() throws Exception {
        SignedInUser officer = fixtures.account("agr-hist-officer-lc", "VN-LC-CA", Role.OFFICER);
        AgencyView laoCai = fixtures.agency("VN-LC-CA");
        AgencyView hekou = fixtures.agency("CN-HK-GAJ");
        AgencyView yunnan = fixtures.agency("CN-YN-GAT");
        AgreementBuilder earlier = AgreementBuilder.aMemorandum().between(laoCai.id(), hekou.id());
        long earlierId = create(officer, earlier.json(null));
        AgreementBuilder memo = AgreementBuilder.aMemorandum().between(laoCai.id(), hekou.id())
                .signedBy("Nguyễn Văn Hùng", "Đại tá", "Giám đốc", laoCai.id());
        long id = create(officer, memo.json(null));
        mvc.perform(put("/api/v1/agreements/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(memo.between(laoCai.id(), hekou.id(), yunnan.id()).validTo(LocalDate.of(2030, 1, 31)).replacing(earlierId)
                                .json(0L)).with(user(officer)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/agreements/{id}/terminate", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("version", 1, "terminatedOn", "2025-02-01", "reason", "Hai bên thỏa thuận")))
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode vietnamese = history("/api/v1/agreements/" + id, officer, VIETNAMESE);
        assertThat(actions(vietnamese)).containsExactly("terminated", "edited", "created");
        assertThat(HistoryScan.readable(vietnamese, ENUMS)).contains("Chấm dứt hiệu lực", "01/02/2025", "31/01/2030",
                label("agreement.parties", VIETNAMESE) + ": " + yunnan.nameVi(), "Đại tá Nguyễn Văn Hùng, Giám đốc (" + laoCai.nameVi() + ")",
                label("agreement.replaces", VIETNAMESE) + ": " + earlier.title(), "Đã chấm dứt");

        JsonNode english = history("/api/v1/agreements/" + id, officer, Locale.ENGLISH);
        assertThat(HistoryScan.readable(english, ENUMS)).contains("Terminated", yunnan.name("en"),
                label("agreement.status", Locale.ENGLISH) + ": " + label("agreementStatus.TERMINATED", Locale.ENGLISH));

        assertThat(HistoryScan.pageHistory(page("/agreements/" + id, officer, VIETNAMESE), ENUMS)).contains("Chấm dứt hiệu lực", "thêm");
        assertThat(HistoryScan.pageHistory(page("/agreements/" + id, officer, Locale.ENGLISH), ENUMS)).contains("Terminated", "added");
    }

    private long create(SignedInUser who, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(who)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }
}
