package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The printed summary's superior agency (cơ quan chủ quản) is the parent the reporting agency had on the period's last
 * day, named as it was then with today's name beside, the way the issuing agency is: a commune police whose district
 * police ended on 1 March 2025 reports for 2024 under the district police, for the rest of 2025 under the province
 * (renamed since, so "old (nay là new)"). An explicit superior in the agency's document settings still wins.
 */
class SummarySuperiorOverTimeTests extends IntegrationTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern SUPERIOR = Pattern.compile("class=\"official-superior\">([^<]*)<");

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    SignedInUser reporter;
    String code;
    long province;
    long commune;

    @BeforeEach
    void aCommuneWhoseDistrictEnded() {
        reporter = fixtures.account("summary-superior-reporter", "VN-BCA", Role.REPORTER);
        code = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        province = create(fixtures.agency("VN-BCA").id(), code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL,
                "Công an tỉnh Thử Cũ " + code);
        long district = create(province, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Thử " + code);
        commune = create(district, code + "-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE, "Công an xã Thử " + code);
        fixtures.asSystemAdmin(() -> reorganisation.endUnits(province, AgencyKind.DISTRICT_POLICE, LocalDate.of(2025, 3, 1)));
        fixtures.asSystemAdmin(() -> reorganisation.rename(province, agencyService.get(province).getVersion(),
                new AgencyNames(code, "Công an tỉnh Thử Mới " + code, "New Test Provincial Police " + code, null), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theSuperiorIsTheParentOfThePeriodsLastDayNamedAsThen() throws Exception {
        assertThat(superior("2024-01-01", "2024-12-31")).isEqualTo(upper("Công an huyện Thử " + code));
        assertThat(superior("2025-03-01", "2025-12-31"))
                .isEqualTo(upper("Công an tỉnh Thử Cũ " + code + " (nay là Công an tỉnh Thử Mới " + code + ")"));
        // A period ending after the rename: the parent of today, by today's name alone.
        assertThat(superior("2026-01-01", "2026-01-31")).isEqualTo(upper("Công an tỉnh Thử Mới " + code));
    }

    @Test
    void anExplicitSuperiorInTheDocumentSettingsWins() throws Exception {
        var agency = fixtures.asSystemAdmin(() -> agencyService.get(commune));
        fixtures.asSystemAdmin(() -> agencyService.update(commune, agency.getVersion(), new AgencyDetails(code + "-H-X",
                AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE, "Công an xã Thử " + code, null, null, LocalDate.of(2020, 1, 1)),
                new org.borderliaison.agency.DocumentSettings(null, null, "UBND xã Thử " + code, null, null, null, null)));
        assertThat(superior("2024-01-01", "2024-12-31")).isEqualTo(upper("UBND xã Thử " + code));
    }

    private String superior(String from, String to) throws Exception {
        String page = mvc.perform(get("/reports/summary").param("agencyId", String.valueOf(commune)).param("from", from)
                        .param("to", to).with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher found = SUPERIOR.matcher(page);
        assertThat(found.find()).as("the official heading prints a superior").isTrue();
        return found.group(1);
    }

    private static String upper(String name) {
        return name.toUpperCase(VIETNAMESE);
    }

    private long create(long parent, String agencyCode, AgencyKind kind, AgencyLevel level, String name) {
        return fixtures.asSystemAdmin(() -> agencyService.create(Country.VN, parent, new AgencyDetails(agencyCode, kind, level,
                name, null, null, LocalDate.of(2020, 1, 1))).getId());
    }
}
