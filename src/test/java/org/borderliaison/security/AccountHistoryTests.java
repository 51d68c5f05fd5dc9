package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.audit.HistoryScan;
import org.borderliaison.audit.HistoryTest;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** An account's history names what changed (agency, roles, enabled) and a password reset, never the password. */
class AccountHistoryTests extends HistoryTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Role.class);

    @Test
    void anAccountCreatedMovedResetAndDisabledReadsInTheReadersLanguage() throws Exception {
        SignedInUser admin = fixtures.account("acc-hist-admin", "VN-BCA", Role.ADMIN);
        AgencyView laoCai = fixtures.agency("VN-LC-CA");
        AgencyView langSon = fixtures.agency("VN-LS-CA");
        String username = "acc-hist-" + System.nanoTime() % 1_000_000;
        long id = json.readTree(mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "displayName", "Trần Thị Lan", "agencyId", laoCai.id(),
                                "roles", List.of("OFFICER"), "password", "Kiem-tra-lich-su-2026")))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(put("/api/v1/accounts/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("displayName", "Trần Thị Lan", "agencyId", langSon.id(),
                                "roles", List.of("OFFICER", "REPORTER"), "enabled", true, "version", 0)))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/{id}/reset-password", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}").with(user(admin)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/{id}/disable", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2}").with(user(admin)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode vietnamese = history("/api/v1/accounts/" + id, admin, VIETNAMESE);
        assertThat(actions(vietnamese)).containsExactly("disabled", "passwordReset", "edited", "created");
        assertThat(HistoryScan.readable(vietnamese, ENUMS)).contains("Vô hiệu hóa", "Đặt lại mật khẩu", "acc-hist-admin (test)",
                label("account.agency", VIETNAMESE) + ": " + langSon.nameVi(),
                label("account.roles", VIETNAMESE) + ": " + label("role.REPORTER", VIETNAMESE),
                label("account.enabled", VIETNAMESE) + ": Không").doesNotContain("Kiem-tra-lich-su-2026");

        JsonNode english = history("/api/v1/accounts/" + id, admin, Locale.ENGLISH);
        assertThat(HistoryScan.readable(english, ENUMS)).contains("Disabled", "Password reset", langSon.name("en"));

        assertThat(HistoryScan.pageHistory(page("/admin/accounts/" + id + "/edit", admin, VIETNAMESE), ENUMS))
                .contains("Đặt lại mật khẩu", "Trần Thị Lan");
        assertThat(HistoryScan.pageHistory(page("/admin/accounts/" + id + "/edit", admin, Locale.ENGLISH), ENUMS))
                .contains("Password reset");
    }
}
