package org.borderliaison.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo cases add up, through the module's aggregate query, to the figures of the Lạng Sơn report of
 * 23/3/2022 (seed 001): what the yearly summary will print for Lạng Sơn and Guangxi, 2018 – March 2022.
 */
class CaseDemoDataTests extends IntegrationTest {

    static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    static final LocalDate TO = LocalDate.of(2022, 3, 23);

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    CaseTotals langSonWithGuangxi() {
        Set<Long> langSon = fixtures.asSystemAdmin(() -> agencies.subTreeIds(fixtures.agency("VN-LS-CA").id()));
        return caseFiles.totals(new CaseTotalsQuery(langSon, FROM, TO, Set.of(fixtures.agency("CN-GX-GAT").id()), null));
    }

    @Test
    void illegalEntryAndExit() {
        assertThat(langSonWithGuangxi().category(CaseCategory.ILLEGAL_ENTRY_EXIT)).hasValueSatisfying(total -> {
            assertThat(total.cases()).isEqualTo(336);
            assertThat(total.subjects()).isEqualTo(1056);
        });
    }

    @Test
    void counterfeitMoney() {
        CaseTotals totals = langSonWithGuangxi();
        assertThat(totals.category(CaseCategory.COUNTERFEIT_CURRENCY)).hasValueSatisfying(total -> {
            assertThat(total.cases()).isEqualTo(6);
            assertThat(total.subjects()).isEqualTo(7);
        });
        assertThat(totals.seized(SeizureItem.COUNTERFEIT_VND, SeizureUnit.VND)).isEqualByComparingTo("567800000");
    }

    @Test
    void drugsWithGramsAddedToKilograms() {
        CaseTotals totals = langSonWithGuangxi();
        assertThat(totals.category(CaseCategory.DRUGS)).hasValueSatisfying(total -> {
            assertThat(total.cases()).isEqualTo(51);
            assertThat(total.subjects()).isEqualTo(157);
        });
        assertThat(totals.seized(SeizureItem.HEROIN, SeizureUnit.KG)).isEqualTo(new BigDecimal("168.55"));
        assertThat(totals.seized(SeizureItem.SYNTHETIC_DRUG_PILLS, SeizureUnit.PILL)).isEqualTo(new BigDecimal("476509"));
        assertThat(totals.seized(SeizureItem.SYNTHETIC_DRUGS, SeizureUnit.KG)).isEqualTo(new BigDecimal("456.865"));
        assertThat(totals.seized(SeizureItem.HEROIN, SeizureUnit.G)).as("grams never stay grams in totals").isZero();
    }

    @Test
    void wantedPersonsArrestedAndHandedOverBothWays() {
        // 33 cases behind the 16 + 17 handovers, with the 42 wanted persons arrested and handed over in all.
        assertThat(langSonWithGuangxi().category(CaseCategory.WANTED_PERSON)).hasValueSatisfying(total -> {
            assertThat(total.cases()).isEqualTo(16 + 17);
            assertThat(total.subjects()).isEqualTo(42);
        });
    }

    @Test
    void ninetyFourPublicOrderCasesVerifiedAndInvestigated() {
        long publicOrder = langSonWithGuangxi().categories().stream().filter(total -> total.category().publicOrder())
                .mapToLong(CaseTotals.CategoryTotal::cases).sum();
        assertThat(publicOrder).isEqualTo(94);
    }

    @Test
    void partnerCountryAndPeriodNarrowTheFigures() {
        Set<Long> langSon = fixtures.asSystemAdmin(() -> agencies.subTreeIds(fixtures.agency("VN-LS-CA").id()));
        CaseTotals withChina = caseFiles.totals(new CaseTotalsQuery(langSon, FROM, TO, null, Country.CN));
        assertThat(withChina.category(CaseCategory.DRUGS).orElseThrow().cases()).isEqualTo(51);
        CaseTotals withLaos = caseFiles.totals(new CaseTotalsQuery(langSon, FROM, TO, null, Country.LA));
        assertThat(withLaos.categories()).isEmpty();
        CaseTotals laoCai = caseFiles.totals(new CaseTotalsQuery(Set.of(fixtures.agency("VN-LC-CA").id()), FROM, TO, null, null));
        assertThat(laoCai.categories()).isEmpty();
        CaseTotals before = caseFiles.totals(new CaseTotalsQuery(langSon, LocalDate.of(2000, 1, 1), LocalDate.of(2017, 12, 31), null, null));
        assertThat(before.categories()).isEmpty();
        assertThat(before.seizures()).isEmpty();
    }
}
