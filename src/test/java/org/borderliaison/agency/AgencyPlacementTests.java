package org.borderliaison.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyNames;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Effective-dated placements and names: each reorganisation keeps what was valid before its date (the as-of tree,
 * the lineage records are attributed by) and changes today's tree.
 */
class AgencyPlacementTests extends IntegrationTest {

    private static final LocalDate NEW_YEAR_2025 = LocalDate.of(2025, 1, 1);

    @Autowired
    AgencyService service;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser admin;
    String code;
    long ministry;

    @BeforeEach
    void setUp() {
        admin = fixtures.account("placement-admin", "VN-BCA", Role.ADMIN);
        code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ministry = fixtures.agency("VN-BCA").id();
    }

    @Test
    void aMoveKeepsTheOldParentBeforeItsDateAndTheNewOneAfter() throws Exception {
        long first = create(ministry, code + "-A", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long second = create(ministry, code + "-B", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = create(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long commune = create(district, code + "-A-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);

        mvc.perform(post("/api/v1/agencies/{id}/move", district).with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"parentId\":" + second + ",\"effectiveDate\":\"2025-01-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(second))
                .andExpect(jsonPath("$.parentSince").value("2025-01-01"));

        // Today's tree: the commune follows its district.
        assertThat(agencies.require(commune).path()).isEqualTo("/" + ministry + "/" + second + "/" + district + "/" + commune + "/");
        assertThat(agencies.subTreeIds(first)).doesNotContain(district, commune);
        // The lineage: the commune was under the first province until 2025, under the second since.
        assertThat(ancestorsOn(commune, LocalDate.of(2024, 12, 31))).contains(first, district).doesNotContain(second);
        assertThat(ancestorsOn(commune, NEW_YEAR_2025)).contains(second, district).doesNotContain(first);
        // The as-of tree.
        mvc.perform(get("/api/v1/agencies").param("parentId", String.valueOf(first)).param("at", "2024-12-31").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(district))
                .andExpect(jsonPath("$.content[0].parentId").value(first));
        mvc.perform(get("/api/v1/agencies").param("parentId", String.valueOf(first)).param("at", "2025-01-01").with(user(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/agencies").param("at", "31-12-2024x").with(user(admin)))
                .andExpect(status().isBadRequest());
        // The timeline says what happened, naming both parents.
        mvc.perform(get("/api/v1/agencies/{id}/timeline", district).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].kind").value("MOVED"))
                .andExpect(jsonPath("$.events[0].previousName").value("Đơn vị thử nghiệm " + code + "-A"))
                .andExpect(jsonPath("$.events[0].otherName").value("Đơn vị thử nghiệm " + code + "-B"))
                .andExpect(jsonPath("$.placements.length()").value(2));
    }

    @Test
    void futureDatesAndMovesIntoOnesOwnSubTreeAreRefused() throws Exception {
        long province = create(ministry, code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = create(province, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        mvc.perform(post("/api/v1/agencies/{id}/move", district).with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"parentId\":" + ministry + ",\"effectiveDate\":\"" + tomorrow + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("effectiveDate"));
        assertThatThrownBy(() -> fixtures.asSystemAdmin(() -> reorganisation.move(province, 0, district, NEW_YEAR_2025)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("agency.error.cycle");
        assertThat(agencies.require(district).parentId()).isEqualTo(province);
    }

    @Test
    void aRenameKeepsTheOldNamesForEarlierDays() throws Exception {
        long province = create(ministry, code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        fixtures.asSystemAdmin(() -> reorganisation.rename(province, 0, new AgencyNames(code + "-N", "Công an tỉnh Mới " + code,
                "New Province Police", null), LocalDate.of(2025, 7, 1)));

        assertThat(agencies.require(province).nameVi()).isEqualTo("Công an tỉnh Mới " + code);
        assertThat(agencies.require(province).code()).isEqualTo(code + "-N");
        mvc.perform(get("/api/v1/agencies").param("q", code).param("at", "2025-06-30").with(user(admin)))
                .andExpect(jsonPath("$.content[0].nameVi").value("Đơn vị thử nghiệm " + code))
                .andExpect(jsonPath("$.content[0].code").value(code));
        mvc.perform(get("/api/v1/agencies/{id}/timeline", province).with(user(admin)))
                .andExpect(jsonPath("$.events[0].kind").value("RENAMED"))
                .andExpect(jsonPath("$.events[0].nameBefore").value("Đơn vị thử nghiệm " + code))
                .andExpect(jsonPath("$.names.length()").value(2));
    }

    @Test
    void aMergeCarriesTheActiveSubUnitsToTheSuccessorFromItsDate() {
        long absorbed = create(ministry, code + "-YB", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long successor = create(ministry, code + "-LC", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long unit = create(absorbed, code + "-YB-1", AgencyKind.PROVINCIAL_UNIT, AgencyLevel.PROVINCIAL);

        fixtures.asSystemAdmin(() -> service.dissolve(absorbed, 0, LocalDate.of(2025, 7, 1), successor));

        AgencyView merged = agencies.require(absorbed);
        assertThat(merged.active()).isFalse();
        assertThat(merged.successorId()).isEqualTo(successor);
        assertThat(agencies.require(unit).parentId()).isEqualTo(successor);
        assertThat(ancestorsOn(unit, LocalDate.of(2025, 6, 30))).contains(absorbed).doesNotContain(successor);
        assertThat(ancestorsOn(unit, LocalDate.of(2025, 7, 1))).contains(successor).doesNotContain(absorbed);
        // The merged agency's own records stay with its former parent.
        assertThat(ancestorsOn(absorbed, LocalDate.of(2025, 8, 1))).doesNotContain(successor);
    }

    @Test
    void endingUnitsOfAKindIsPreviewedThenPlacesTheirSubUnitsUnderTheParent() throws Exception {
        long province = create(ministry, code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = create(province, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long office = create(province, code + "-VP", AgencyKind.PROVINCIAL_UNIT, AgencyLevel.PROVINCIAL);
        long commune = create(district, code + "-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);
        String body = "{\"kind\":\"DISTRICT_POLICE\",\"effectiveDate\":\"2025-03-01\"}";

        mvc.perform(post("/api/v1/agencies/{id}/end-units/preview", province).with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endings.length()").value(1))
                .andExpect(jsonPath("$.endings[0].unit.id").value(district))
                .andExpect(jsonPath("$.endings[0].subUnits[0].id").value(commune));
        assertThat(agencies.require(district).active()).as("a preview changes nothing").isTrue();

        mvc.perform(post("/api/v1/agencies/{id}/end-units", province).with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(agencies.require(district).active()).isFalse();
        assertThat(agencies.require(district).validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(agencies.require(office).active()).isTrue();
        assertThat(agencies.require(commune).parentId()).isEqualTo(province);
        assertThat(ancestorsOn(commune, LocalDate.of(2025, 2, 28))).contains(district, province);
        assertThat(ancestorsOn(commune, LocalDate.of(2025, 3, 1))).contains(province).doesNotContain(district);

        mvc.perform(post("/api/v1/agencies/{id}/end-units", province).with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("kind"));
    }

    @Test
    void aCorrectionWithAPastDateRewritesTheLineage() throws Exception {
        long first = create(ministry, code + "-A", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long second = create(ministry, code + "-B", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = create(first, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, NEW_YEAR_2025));
        Long movePlacement = jdbc.queryForObject("select id from agency_placement where agency_id = ? and valid_from = ?",
                Long.class, district, NEW_YEAR_2025);

        // The move really happened on 1 July 2024.
        mvc.perform(post("/api/v1/agencies/{id}/placements/correction", district).with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"placementId\":" + movePlacement + ",\"parentId\":" + second + ",\"validFrom\":\"2024-07-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placements[0].validFrom").value("2024-07-01"))
                .andExpect(jsonPath("$.placements[1].validUntil").value("2024-07-01"))
                .andExpect(jsonPath("$.events[*].kind", hasItem("PLACEMENT_CORRECTED")));
        assertThat(ancestorsOn(district, LocalDate.of(2024, 8, 1))).contains(second).doesNotContain(first);
        assertThat(ancestorsOn(district, LocalDate.of(2024, 6, 30))).contains(first);
    }

    @Test
    void thePagesEndUnitsAfterAPreviewAndTellTheTimelineInWords() throws Exception {
        long province = create(ministry, code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = create(province, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long commune = create(district, code + "-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);

        mvc.perform(post("/agencies/{id}/end-units", province).with(user(admin)).with(csrf())
                        .param("kind", "DISTRICT_POLICE").param("effectiveDate", "01/03/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sẽ kết thúc 1 đơn vị và chuyển 1 đơn vị cấp dưới.")))
                .andExpect(content().string(containsString("Đơn vị thử nghiệm " + code + "-H-X")));
        assertThat(agencies.require(district).active()).isTrue();
        String tomorrow = LocalDate.now().plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(post("/agencies/{id}/end-units", province).with(user(admin)).with(csrf())
                        .param("kind", "DISTRICT_POLICE").param("effectiveDate", tomorrow).param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "effectiveDate"))
                .andExpect(content().string(containsString("không được ở tương lai")));
        mvc.perform(post("/agencies/{id}/end-units", province).with(user(admin)).with(csrf())
                        .param("kind", "DISTRICT_POLICE").param("effectiveDate", "01/03/2025").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.require(commune).parentId()).isEqualTo(province);

        mvc.perform(get("/agencies/{id}", commune).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuyển từ Đơn vị thử nghiệm " + code + "-H sang Đơn vị thử nghiệm "
                        + code + ", hiệu lực 01/03/2025")));
        mvc.perform(get("/agencies/{id}", district).with(user(admin)))
                .andExpect(content().string(containsString("Giải thể, hiệu lực 01/03/2025")));
        // The tree of 28/02/2025 still has the district with its commune; today's has the commune under the province.
        mvc.perform(get("/agencies/{id}/children", district).param("at", "28/02/2025").with(user(admin)))
                .andExpect(content().string(containsString("Đơn vị thử nghiệm " + code + "-H-X")));
        mvc.perform(get("/agencies/{id}/children", district).with(user(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Đơn vị thử nghiệm " + code + "-H-X"))));
        mvc.perform(get("/agencies").param("at", "28/02/2025").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cơ cấu tổ chức tại ngày 28/02/2025")))
                .andExpect(content().string(containsString("data-country=\"CN\"")));
    }

    @Test
    void theRenamePageTakesADateAndRefusesAFutureOne() throws Exception {
        long province = create(ministry, code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        mvc.perform(post("/agencies/{id}/rename", province).with(user(admin)).with(csrf()).param("version", "0")
                        .param("code", code).param("nameVi", "Công an tỉnh Đổi Tên").param("effectiveDate", "01/07/2025"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agencies/{id}", province).with(user(admin)))
                .andExpect(content().string(containsString("Đổi tên từ Đơn vị thử nghiệm " + code
                        + " thành Công an tỉnh Đổi Tên, hiệu lực 01/07/2025")));
    }

    /** The agencies above (or equal to) the agency on a day, as attribution reads them. */
    private List<Long> ancestorsOn(long agencyId, LocalDate day) {
        return jdbc.queryForList("""
                select ancestor_id from agency_lineage
                where agency_id = ? and valid_from <= ? and (valid_until is null or valid_until > ?)
                """, Long.class, agencyId, day, day);
    }

    private long create(long parent, String agencyCode, AgencyKind kind, AgencyLevel level) {
        return fixtures.asSystemAdmin(() -> service.create(Country.VN, parent,
                new AgencyDetails(agencyCode, kind, level, "Đơn vị thử nghiệm " + agencyCode, null, null, null)).getId());
    }
}
