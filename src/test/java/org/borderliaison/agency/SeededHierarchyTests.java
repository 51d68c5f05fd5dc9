package org.borderliaison.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderliaison.agency.domain.Partnership;
import org.borderliaison.agency.domain.PartnershipService;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What Flyway seeds: the agencies of both sides of the border, their partnerships and the Lào Cai gates. */
class SeededHierarchyTests extends IntegrationTest {

    @Autowired
    Agencies agencies;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsTheAgenciesOfEachCountry() {
        // Counted among seeded rows only (ids below 1000), so agencies other tests create do not interfere.
        assertThat(count("VN")).isEqualTo(27); // with Yên Bái provincial police and four of its units (V96)
        assertThat(count("CN")).isEqualTo(9); // with China's Ministry of Public Security (V95)
        assertThat(count("LA")).isEqualTo(4);
    }

    @Test
    void placesSubUnitsUnderTheirParents() {
        AgencyView tanThanh = fixtures.agency("VN-LS-CA-VL-TT");
        AgencyView vanLang = fixtures.agency("VN-LS-CA-VL");
        AgencyView langSon = fixtures.agency("VN-LS-CA");
        assertThat(tanThanh.parentId()).isEqualTo(vanLang.id());
        assertThat(vanLang.parentId()).isEqualTo(langSon.id());
        assertThat(langSon.contains(tanThanh)).isTrue();
        assertThat(fixtures.agency("CN-HK-GAJ").nameNative()).isEqualTo("河口县公安局");
        assertThat(agencies.children(fixtures.agency("VN-LC-BDBP").id())).extracting(AgencyView::code)
                .contains("VN-LC-BDBP-CKQT", "VN-LC-BDBP-BL");
    }

    @Test
    void chinasAndLaosPublicSecurityUnitsEachHaveOneMinistryAsRoot() {
        long chinaMps = fixtures.agency("CN-MPS").id();
        long laoMps = fixtures.agency("LA-MPS").id();
        assertThat(roots("CN")).containsExactlyInAnyOrder("CN-MPS", "CN-MZ-BFBD"); // the PLA's border troops are no police unit
        assertThat(roots("LA")).containsExactly("LA-MPS");
        for (String code : List.of("CN-YN-GAT", "CN-YN-BJZZ", "CN-HH-BGZD", "CN-GX-GAT")) {
            AgencyView unit = fixtures.agency(code);
            assertThat(unit.parentId()).as(code).isEqualTo(chinaMps);
            assertThat(unit.path()).as(code).isEqualTo("/" + chinaMps + "/" + unit.id() + "/");
        }
        assertThat(fixtures.agency("CN-HK-GAJ").path()).startsWith("/" + chinaMps + "/");
        assertThat(fixtures.agency("LA-BL-CA").parentId()).isEqualTo(laoMps);
        // the lineage has the ministry above the Hekou county bureau since the beginning, three levels up
        assertThat(jdbc.queryForObject("select depth from agency_lineage where agency_id = ? and ancestor_id = ? and valid_from = date '1900-01-01'"
                + " and valid_until is null", Integer.class, fixtures.agency("CN-HK-GAJ").id(), chinaMps)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from agency_placement where agency_id = ? and parent_id = ? and valid_from = date '1900-01-01'",
                Integer.class, fixtures.agency("CN-GX-GAT").id(), chinaMps)).isEqualTo(1);
    }

    @Test
    void laoCaiCooperatesWithYunnanAtThreeLevels() {
        List<Partnership> all = partnerships.all();
        assertThat(all).filteredOn(p -> p.getVnAgency().getCode().equals("VN-LC-CA")
                        && p.getPartnerAgency().getCode().equals("CN-YN-GAT"))
                .extracting(Partnership::getLevel).containsExactly(PartnershipLevel.PROVINCE);
        assertThat(all).filteredOn(p -> p.getVnAgency().getCode().startsWith("VN-LC-CA-")
                        && p.getPartnerAgency().getCode().equals("CN-HH-GAJ"))
                .extracting(Partnership::getLevel).isNotEmpty().containsOnly(PartnershipLevel.DEPARTMENT_PREFECTURE);
        assertThat(all).filteredOn(p -> p.getVnAgency().getCode().startsWith("VN-LC-CA-")
                        && p.getPartnerAgency().getCode().equals("CN-HK-GAJ"))
                .extracting(Partnership::getLevel).isNotEmpty().containsOnly(PartnershipLevel.DISTRICT_COUNTY);
    }

    @Test
    void seedsTheLaoCaiBorderGates() {
        assertThat(agencies.borderGates()).filteredOn(gate -> gate.province().equals("Lào Cai"))
                .extracting(BorderGateView::partnerGateNative).contains("河口", "北山", "山腰");
    }

    @Test
    void findsAgenciesWhateverTheAccentsCaseOrScript() {
        assertThat(codes("lao cai")).contains("VN-LC-CA");
        assertThat(codes("LÀO CAI")).contains("VN-LC-CA");
        assertThat(codes("ha khau")).contains("CN-HK-GAJ");
        assertThat(codes("河口")).contains("CN-HK-GAJ");
        assertThat(codes("ບໍລິຄໍາໄຊ")).contains("LA-BL-CA");
        assertThat(codes("no such agency")).isEmpty();
    }

    private List<String> codes(String query) {
        return agencies.search(AgencySearch.text(query), PageRequest.of(0, 100)).map(AgencyView::code).getContent();
    }

    private List<String> roots(String country) {
        return jdbc.queryForList("select code from agency where country = ? and id < 1000 and parent_id is null", String.class, country);
    }

    private Integer count(String country) {
        return jdbc.queryForObject("select count(*) from agency where country = ? and id < 1000", Integer.class, country);
    }
}
