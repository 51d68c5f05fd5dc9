package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.borderliaison.agency.domain.AgencyNames;
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
 * The handover record of a past date names our side as it was called on that date, today's name beside it, and, being
 * issued on the handover's date, goes under the superior agency of that date: a commune police's record of 2024 under
 * its district police, one of after the district police ended (1 March 2025) under the province.
 */
class HandoverRecordPastNamesTests extends IntegrationTest {

    private static final Pattern SUPERIOR = Pattern.compile("class=\"official-superior\">([^<]*)<");

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    JsonMapper json;

    @Test
    void aRecordOf2024NamesTheUnitByIts2024NameWithTodaysBeside() throws Exception {
        SignedInUser officer = fixtures.account("ho-past-names-ls", "VN-LS-CA", Role.OFFICER);
        String code = "HPN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String before = "Đội Cảnh sát thử nghiệm cũ " + code;
        String after = "Phòng Cảnh sát thử nghiệm mới " + code;
        long unit = fixtures.asSystemAdmin(() -> agencyService.create(Country.VN, fixtures.agency("VN-LS-CA").id(), new AgencyDetails(code,
                AgencyKind.PROVINCIAL_UNIT, AgencyLevel.PROVINCIAL, before, null, null, LocalDate.of(2020, 1, 1))).getId());
        String body = json.writeValueAsString(HandoverBodies.wantedPersons(1).between(unit, HandoverApiTests.GUANGXI)
                .named("Nông Văn Thử " + code).on(LocalDate.of(2024, 6, 3)).build());
        long id = json.readTree(mvc.perform(post("/api/v1/handovers").with(httpBasic("ho-past-names-ls", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        fixtures.asSystemAdmin(() -> reorganisation.rename(unit, agencyService.get(unit).getVersion(),
                new AgencyNames(code, after, null, null), LocalDate.of(2025, 1, 1)));

        mvc.perform(get("/handovers/{id}/record", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(before + " (nay là " + after + ")")));
    }

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
