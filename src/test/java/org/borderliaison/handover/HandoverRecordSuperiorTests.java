package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handover record is issued on the handover's date, so its heading's superior agency (cơ quan chủ quản) is the parent
 * the issuing agency had that day: a commune police's record of 2024 goes under its district police, one of after the
 * district police ended (1 March 2025) under the province.
 */
class HandoverRecordSuperiorTests extends IntegrationTest {

    private static final Pattern SUPERIOR = Pattern.compile("class=\"official-superior\">([^<]*)<");

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    JsonMapper json;

    @Test
    void theRecordGoesUnderTheSuperiorOfItsDate() throws Exception {
        String code = "HSUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long province = create(fixtures.agency("VN-BCA").id(), code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL,
                "Công an tỉnh Thử " + code);
        long district = create(province, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Thử " + code);
        long commune = create(district, code + "-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE, "Công an xã Thử " + code);
        fixtures.asSystemAdmin(() -> reorganisation.endUnits(province, AgencyKind.DISTRICT_POLICE, LocalDate.of(2025, 3, 1)));
        SignedInUser officer = fixtures.account("handover-superior-officer", code, Role.OFFICER);

        assertThat(superior(officer, handover(commune, LocalDate.of(2024, 6, 1)))).isEqualTo(upper("Công an huyện Thử " + code));
        assertThat(superior(officer, handover(commune, LocalDate.of(2025, 6, 1)))).isEqualTo(upper("Công an tỉnh Thử " + code));
    }

    private long handover(long ours, LocalDate day) throws Exception {
        String body = json.writeValueAsString(HandoverBodies.wantedPersons(1).between(ours, HandoverPagesTests.GUANGXI).on(day)
                .named("Người Thử " + UUID.randomUUID().toString().substring(0, 6)).build());
        String created = mvc.perform(post("/api/v1/handovers").with(httpBasic("handover-superior-officer", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(created).get("id").asLong();
    }

    private String superior(SignedInUser officer, long handover) throws Exception {
        String page = mvc.perform(get("/handovers/{id}/record", handover).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher found = SUPERIOR.matcher(page);
        assertThat(found.find()).as("the record's heading prints a superior").isTrue();
        return found.group(1);
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private long create(long parent, String agencyCode, AgencyKind kind, AgencyLevel level, String name) {
        return fixtures.asSystemAdmin(() -> agencyService.create(Country.VN, parent, new AgencyDetails(agencyCode, kind, level,
                name, null, null, LocalDate.of(2020, 1, 1))).getId());
    }
}
