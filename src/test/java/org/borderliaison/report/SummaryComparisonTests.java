package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The comparison with the previous period is honest: a table the previous period has no records in says so rather
 * than printing every figure as a change ("+950"), and the narrative compares only figures both periods have.
 */
class SummaryComparisonTests extends IntegrationTest {

    @Autowired
    SummaryNarrative narrative;

    @Test
    void aTableWithoutRecordsInThePreviousPeriodSaysSoInsteadOfPrintingChanges() throws Exception {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        // Lạng Sơn with Guangxi: nothing recorded before 2018.
        String page = page(reporter, "VN-LS-CA", "01/01/2018", "23/03/2022", "CN-GX-GAT");
        assertThat(page).contains("Kỳ trước chưa có số liệu.", "id=\"meeting-LETTER_EXCHANGE\"")
                .doesNotContain("+950", "+1.000", "class=\"text-end change\"", "Tăng (+), giảm (−)");
    }

    @Test
    void aTableWithRecordsInThePreviousPeriodShowsThePreviousValueAndTheChange() throws Exception {
        SignedInUser viewer = fixtures.account("sum-viewer-bdbp", "VN-LC-BDBP", Role.VIEWER);
        // 2025 against the Lào Cai Border Guard's 30 bilateral patrols of 2024.
        String page = page(viewer, "VN-LC-BDBP", "01/01/2025", "31/12/2025", null);
        String patrols = page.substring(page.indexOf("id=\"section-patrols\""), page.indexOf("</section>", page.indexOf("id=\"section-patrols\"")));
        assertThat(patrols).contains("Tăng (+), giảm (−)", "class=\"text-end previous\">30<").doesNotContain("Kỳ trước chưa có số liệu");
    }

    @Test
    void theNarrativeComparesOnlyWhereBothPeriodsHaveFigures() {
        Summary.PatrolFigures patrols = new Summary.PatrolFigures(Compared.of(42, 30), Compared.ZERO, Compared.ZERO);
        Summary.CaseFigures drugs = new Summary.CaseFigures(Compared.of(51, 0), Compared.of(157, 160), Compared.ZERO, List.of());
        Summary.CaseFigures fraud = new Summary.CaseFigures(Compared.of(4, 4), Compared.ZERO, Compared.ZERO, List.of());
        Period period = Period.year(2024);
        Summary summary = new Summary(new Summary.AgencyRef(1, "V02", "Bộ Công an", "Ministry of Public Security"), null, null,
                period, period.previous(), Map.of(), Map.of(), Map.of(PatrolKind.BILATERAL, patrols),
                Map.of(CaseCategory.DRUGS, drugs, CaseCategory.FRAUD, fraud), Compared.ZERO, Map.of(), List.of(), List.of(), null);

        Summary.Narrative text = narrative.write(summary);

        assertThat(text.vi()).contains("42 cuộc tuần tra song phương (tăng 12 so với kỳ trước)",
                "51 vụ ma túy, 157 đối tượng (giảm 03 so với kỳ trước)", "(bằng kỳ trước)");
        assertThat(text.vi()).doesNotContain("51 vụ ma túy (");
        assertThat(text.en()).contains("(12 more than in the previous period)", "(3 fewer than in the previous period)",
                "(as many as in the previous period)");
    }

    private String page(SignedInUser user, String agency, String from, String to, String partner) throws Exception {
        var request = get("/reports/summary").param("agencyId", String.valueOf(fixtures.agency(agency).id()))
                .param("from", from).param("to", to);
        if (partner != null) {
            request.param("partnerAgencyId", String.valueOf(fixtures.agency(partner).id()));
        }
        return mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
