package org.borderliaison.report;

import static org.borderliaison.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.report.Summary.CaseFigures;
import org.borderliaison.report.Summary.SeizureFigure;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary over the demo data of the seed articles: Lạng Sơn with Guangxi 2018 – 23/3/2022, the Lào Cai
 * Border Guard in 2024; the comparison, the sub-tree, the scope, and the API and page showing the same figures.
 */
class SummaryTests extends IntegrationTest {

    private static final LocalDate LS_FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate LS_TO = LocalDate.of(2022, 3, 23);

    @Autowired
    SummaryService summaries;

    @Autowired
    Clock clock;

    @Test
    void langSonWithGuangxiShowsTheFiguresOfItsReport() {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        Summary summary = as(reporter, () -> summaries.summarise(langSonWithGuangxi()));

        assertThat(summary.agency().code()).isEqualTo("VN-LS-CA");
        assertThat(summary.partnerAgency().code()).isEqualTo("CN-GX-GAT");
        assertThat(summary.period()).isEqualTo(new Period(LS_FROM, LS_TO));
        assertThat(current(summary.meetings().get(MeetingKind.OUTGOING_DELEGATION))).isEqualTo("3");
        assertThat(current(summary.meetings().get(MeetingKind.FIELD_TALKS))).isEqualTo("51");
        assertThat(current(summary.meetings().get(MeetingKind.LETTER_EXCHANGE))).isEqualTo("950");
        assertThat(current(summary.meetings().get(MeetingKind.HOTLINE_CONTACT))).isEqualTo("1000");

        CaseFigures illegal = summary.cases().get(CaseCategory.ILLEGAL_ENTRY_EXIT);
        assertThat(current(illegal.cases())).isEqualTo("336");
        assertThat(current(illegal.subjects())).isEqualTo("1056");
        CaseFigures counterfeit = summary.cases().get(CaseCategory.COUNTERFEIT_CURRENCY);
        assertThat(current(counterfeit.cases())).isEqualTo("6");
        assertThat(current(counterfeit.subjects())).isEqualTo("7");
        assertThat(seized(counterfeit, SeizureItem.COUNTERFEIT_VND, SeizureUnit.VND)).isEqualTo("567800000");
        CaseFigures drugs = summary.cases().get(CaseCategory.DRUGS);
        assertThat(current(drugs.cases())).isEqualTo("51");
        assertThat(current(drugs.subjects())).isEqualTo("157");
        assertThat(seized(drugs, SeizureItem.HEROIN, SeizureUnit.KG)).isEqualTo("168.55");
        assertThat(seized(drugs, SeizureItem.SYNTHETIC_DRUG_PILLS, SeizureUnit.PILL)).isEqualTo("476509");
        assertThat(seized(drugs, SeizureItem.SYNTHETIC_DRUGS, SeizureUnit.KG)).isEqualTo("456.865");
        assertThat(current(summary.cases().get(CaseCategory.WANTED_PERSON).subjects())).as("wanted persons arrested and handed over")
                .isEqualTo("42");
        assertThat(current(summary.publicOrderCases())).as("public-order cases verified and investigated").isEqualTo("94");

        assertThat(current(summary.handovers().get(HandoverDirection.HANDED_OVER).get(HandoverCategory.ILLEGAL_ENTRANT).quantity()))
                .isEqualTo("2266");
        assertThat(current(summary.handovers().get(HandoverDirection.RECEIVED).get(HandoverCategory.CITIZEN_NOT_PERMITTED_TO_RESIDE)
                .quantity())).isEqualTo("12962");
        assertThat(current(summary.handovers().get(HandoverDirection.HANDED_OVER).get(HandoverCategory.WANTED_FUGITIVE).quantity()))
                .isEqualTo("16");
        assertThat(current(summary.handovers().get(HandoverDirection.RECEIVED).get(HandoverCategory.WANTED_FUGITIVE).quantity()))
                .isEqualTo("17");

        // Every kind of cooperation is there, zeros included, so the keys never change; domestic visits are none.
        assertThat(summary.meetings()).hasSize(MeetingKind.values().length - 1).doesNotContainKey(MeetingKind.DOMESTIC_VISIT);
        assertThat(summary.cases()).hasSize(CaseCategory.values().length);
    }

    @Test
    void theNarrativeWritesTheFiguresInAdministrativeStyleAndLeavesOutZeros() {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        Summary.Narrative narrative = as(reporter, () -> summaries.summarise(langSonWithGuangxi())).narrative();

        assertThat(narrative.vi()).startsWith("Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm tại thực địa; "
                + "trao đổi 950 thư, công hàm; liên lạc 1.000 lượt qua đường dây nóng.");
        assertThat(narrative.vi()).contains("336 vụ xuất, nhập cảnh trái phép, 1.056 đối tượng",
                "06 vụ tiền giả, 07 đối tượng, thu giữ 567.800.000 đồng tiền Việt Nam giả",
                "51 vụ ma túy, 157 đối tượng, thu giữ 168,55 kg heroin, 476.509 viên ma túy tổng hợp, 456,865 kg ma túy tổng hợp",
                "Trao trả, bàn giao cho phía bạn 16 đối tượng truy nã, 2.266 người nhập cảnh trái phép",
                "tiếp nhận từ phía bạn 17 đối tượng truy nã, 12.962 công dân không được nước ngoài cho cư trú",
                "33 vụ truy nã, phối hợp bắt, bàn giao 42 đối tượng truy nã",
                "Trong công tác bảo đảm trật tự, an toàn xã hội, phối hợp xác minh, điều tra 94 vụ.");
        // No talks or patrols with Guangxi in the demo data: no "00 cuộc hội đàm", no patrol sentence.
        assertThat(narrative.vi()).doesNotContain(" 00 ", "tuần tra", "đoàn công tác của phía bạn");
        assertThat(narrative.en()).startsWith("Held 3 outgoing delegations, 51 field talks at the border; "
                + "exchanged 950 letters and diplomatic notes; made 1,000 hotline contacts.");
        assertThat(narrative.en()).contains("168.55 kg of heroin", "476,509 pills of synthetic drugs", "12,962 citizens",
                "33 wanted-person cases, 42 wanted persons arrested and handed over",
                "Signed 1 set of conference minutes.", "verified and investigated 94 cases together");
    }

    @Test
    void laoCaiBorderGuardsPatrolsOf2024AgainstTheYearBefore() {
        SignedInUser viewer = fixtures.account("sum-viewer-bdbp", "VN-LC-BDBP", Role.VIEWER);
        long command = fixtures.agency("VN-LC-BDBP").id();
        Summary year2024 = as(viewer, () -> summaries.summarise(new SummaryQuery(command, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, null)));

        assertThat(year2024.previousPeriod()).isEqualTo(Period.year(2023));
        Summary.PatrolFigures bilateral = year2024.patrols().get(PatrolKind.BILATERAL);
        assertThat(bilateral.patrols()).isEqualTo(Compared.of(30, 0));
        assertThat(bilateral.ourPersonnel()).isEqualTo(Compared.of(1962, 0));
        assertThat(bilateral.partnerPersonnel()).isEqualTo(Compared.of(1962, 0));
        Summary.PatrolFigures joint = year2024.patrols().get(PatrolKind.JOINT);
        assertThat(joint.patrols().current()).isEqualByComparingTo("22");
        assertThat(joint.ourPersonnel().current()).isEqualByComparingTo("655");
        assertThat(year2024.narrative().vi()).contains("30 cuộc tuần tra song phương với 1.962 lượt cán bộ, chiến sĩ mỗi bên",
                "22 cuộc tuần tra liên hợp thực thi pháp luật với 655 lượt cán bộ, chiến sĩ phía ta");

        // The year after compares with 2024: its previous figures are 2024's, the change the difference.
        Summary year2025 = as(viewer, () -> summaries.summarise(new SummaryQuery(command, LocalDate.of(2025, 1, 1), null, null, null)));
        assertThat(year2025.period()).isEqualTo(Period.year(2025));
        Compared next = year2025.patrols().get(PatrolKind.BILATERAL).patrols();
        assertThat(next.previous()).isEqualByComparingTo("30");
        assertThat(next.change()).isEqualByComparingTo(next.current().subtract(BigDecimal.valueOf(30)));
    }

    @Test
    void previousPeriodHasTheSameLength() {
        assertThat(new Period(LS_FROM, LS_TO).previous()).isEqualTo(new Period(LocalDate.of(2013, 10, 11), LocalDate.of(2017, 12, 31)));
        assertThat(Period.year(2024).previous()).isEqualTo(Period.year(2023));
        assertThat(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)).previous())
                .isEqualTo(new Period(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void aCommunesRecordsCountForItsDistrictAndProvince() {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        long commune = 16; // Tân Thanh commune police, under Văn Lãng district police (15), under Lạng Sơn (14)
        long district = 15;
        long commune16Cases = cases(reporter, commune);
        assertThat(commune16Cases).isPositive();
        assertThat(cases(reporter, district)).isGreaterThanOrEqualTo(commune16Cases);
        assertThat(cases(reporter, fixtures.agency("VN-LS-CA").id())).isEqualTo(336).isGreaterThan(commune16Cases);
    }

    @Test
    void anAgencyOutsideTheReadersScopeIsRefused() throws Exception {
        SignedInUser laoCai = fixtures.account("sum-reporter-lc", "VN-LC-CA", Role.REPORTER);
        assertThatThrownBy(() -> as(laoCai, () -> summaries.summarise(langSonWithGuangxi())))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.field()).isEqualTo("agencyId"));
        mvc.perform(get("/api/v1/reports/summary").param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id()))
                        .with(httpBasic("sum-reporter-lc", Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/reports/summary").param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id())).with(user(laoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("không thuộc phạm vi")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"summary\""))));
        // The ministry's reporting staff see every province.
        SignedInUser ministry = fixtures.account("sum-reporter-v02", "V02", Role.REPORTER);
        assertThat(as(ministry, () -> summaries.summarise(langSonWithGuangxi())).cases().get(CaseCategory.DRUGS).cases().current())
                .isEqualByComparingTo("51");
        // A backwards period is refused on its end date.
        assertThatThrownBy(() -> as(ministry, () -> summaries.summarise(new SummaryQuery(14L, LS_TO, LS_FROM, null, null))))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.field()).isEqualTo("to"));
    }

    @Test
    void everyRoleMayReadButOnlySignedIn() throws Exception {
        long langSon = fixtures.agency("VN-LS-CA").id();
        for (Role role : Role.values()) {
            SignedInUser someone = fixtures.account("sum-role-" + role.name().toLowerCase(), "VN-LS-CA", role);
            assertThat(as(someone, () -> summaries.summarise(new SummaryQuery(langSon, LS_FROM, LS_TO, null, null)))).isNotNull();
        }
        mvc.perform(get("/api/v1/reports/summary").param("agencyId", String.valueOf(langSon))).andExpect(status().isUnauthorized());
        assertThatThrownBy(() -> summaries.summarise(new SummaryQuery(langSon, LS_FROM, LS_TO, null, null)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theApiAndThePageShowTheSameFigures() throws Exception {
        fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        String langSon = String.valueOf(fixtures.agency("VN-LS-CA").id());
        String guangxi = String.valueOf(fixtures.agency("CN-GX-GAT").id());
        mvc.perform(get("/api/v1/reports/summary").param("agencyId", langSon).param("from", "2018-01-01").param("to", "2022-03-23")
                        .param("partnerAgencyId", guangxi).with(httpBasic("sum-reporter-ls", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency.code").value("VN-LS-CA"))
                .andExpect(jsonPath("$.period.from").value("2018-01-01"))
                .andExpect(jsonPath("$.previousPeriod.to").value("2017-12-31"))
                .andExpect(jsonPath("$.meetings.OUTGOING_DELEGATION.current").value(3))
                .andExpect(jsonPath("$.meetings.FIELD_TALKS.current").value(51))
                .andExpect(jsonPath("$.meetings.LETTER_EXCHANGE.current").value(950))
                .andExpect(jsonPath("$.meetings.HOTLINE_CONTACT.current").value(1000))
                .andExpect(jsonPath("$.meetings.TALKS.current").value(0))
                .andExpect(jsonPath("$.cases.ILLEGAL_ENTRY_EXIT.cases.current").value(336))
                .andExpect(jsonPath("$.cases.ILLEGAL_ENTRY_EXIT.subjects.current").value(1056))
                .andExpect(jsonPath("$.cases.DRUGS.seizures[?(@.item == 'HEROIN')].quantity.current").value(168.55))
                .andExpect(jsonPath("$.handovers.RECEIVED.CITIZEN_NOT_PERMITTED_TO_RESIDE.quantity.current").value(12962))
                .andExpect(jsonPath("$.handovers.HANDED_OVER.WANTED_FUGITIVE.quantity.current").value(16))
                .andExpect(jsonPath("$.patrols.BILATERAL.patrols.current").value(0))
                .andExpect(jsonPath("$.agreements.TREATY.signed.current").value(0))
                .andExpect(jsonPath("$.narrative.vi").value(org.hamcrest.Matchers.startsWith("Đã tổ chức 03 đoàn công tác xuất cảnh")));

        String page = mvc.perform(get("/reports/summary").param("agencyId", langSon).param("from", "01/01/2018").param("to", "23/03/2022")
                        .param("partnerAgencyId", guangxi).with(user(fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm tại thực địa",
                ">12.962<", ">1.056<", ">168,55<", ">476.509<", ">567.800.000<", ">2.266<", ">950<", ">1.000<",
                "id=\"meeting-FIELD_TALKS\"",
                // each figure links to its records, with the summary's filters
                "href=\"/meetings?from=01/01/2018&amp;to=23/03/2022&amp;kind=FIELD_TALKS&amp;status=RECORDED&amp;ourAgencyId=" + langSon
                        + "&amp;partnerAgencyId=" + guangxi + "\"",
                "href=\"/cases?openedFrom=01/01/2018&amp;openedTo=23/03/2022&amp;category=DRUGS&amp;leadAgencyId=" + langSon,
                "href=\"/handovers?from=01/01/2018&amp;to=23/03/2022&amp;direction=RECEIVED&amp;category=CITIZEN_NOT_PERMITTED_TO_RESIDE\"");
        // Zero rows are left out of the tables.
        assertThat(page).doesNotContain("id=\"meeting-TALKS\"");
    }

    @Test
    void theEnglishPageWritesNumbersTheEnglishWayAndCarriesThePrintHeader() throws Exception {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        String page = mvc.perform(get("/reports/summary").param("lang", "en")
                        .param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id())).param("from", "01/01/2018")
                        .param("to", "23/03/2022").param("partnerCountry", "CN").with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Held 3 outgoing delegations, 51 field talks at the border", ">12,962<", ">168.55<",
                "Period: 01/01/2018 to 23/03/2022", "Partner: China", "SOCIALIST REPUBLIC OF VIETNAM", "href=\"/css/report-", "&amp;partnerCountry=CN");
    }

    @Test
    void theOpenApiDocumentDescribesTheSummary() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/summary'].get.parameters[*].name",
                        org.hamcrest.Matchers.hasItems("agencyId", "from", "to", "partnerAgencyId", "partnerCountry")))
                .andExpect(jsonPath("$.components.schemas.Summary.properties.meetings").exists())
                .andExpect(jsonPath("$.components.schemas.Summary.properties.publicOrderCases").exists())
                .andExpect(jsonPath("$.components.schemas.Summary.properties.byMonth").exists())
                .andExpect(jsonPath("$.components.schemas.Summary.properties.byPartner").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/summary'].get.description",
                        org.hamcrest.Matchers.containsString("byPartner[{partner")))
                .andExpect(jsonPath("$.components.schemas.Compared.properties.change").exists());
    }

    @Test
    void thePageDefaultsToTheReadersAgencyAndTheCurrentYear() throws Exception {
        SignedInUser reporter = fixtures.account("sum-reporter-bdbp", "VN-LC-BDBP", Role.REPORTER);
        String page = mvc.perform(get("/reports/summary").with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int year = LocalDate.now(clock).getYear();
        assertThat(page).contains("id=\"summary\"", "từ 01/01/" + year + " đến 31/12/" + year, "Báo cáo");
    }

    @Test
    void theFollowedLinkListsTheRecordsBehindTheFigure() throws Exception {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        String page = mvc.perform(get("/reports/summary").param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id()))
                        .param("from", "01/01/2018").param("to", "23/03/2022")
                        .param("partnerAgencyId", String.valueOf(fixtures.agency("CN-GX-GAT").id())).with(user(reporter)))
                .andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("<tr id=\"meeting-OUTGOING_DELEGATION\">.*?href=\"([^\"]+)\"", Pattern.DOTALL).matcher(page);
        assertThat(link.find()).isTrue();
        String list = mvc.perform(get(link.group(1).replace("&amp;", "&")).with(user(reporter))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // The three outgoing delegations to Guangxi, and nothing else.
        Matcher rows = Pattern.compile("<tr id=\"meeting-\\d+\"").matcher(list);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).isEqualTo(3);
    }

    private SummaryQuery langSonWithGuangxi() {
        return new SummaryQuery(fixtures.agency("VN-LS-CA").id(), LS_FROM, LS_TO, fixtures.agency("CN-GX-GAT").id(), null);
    }

    private long cases(SignedInUser reader, long agencyId) {
        return as(reader, () -> summaries.summarise(new SummaryQuery(agencyId, LS_FROM, LS_TO, null, null)))
                .cases().get(CaseCategory.ILLEGAL_ENTRY_EXIT).cases().current().longValueExact();
    }

    private static String current(Compared figure) {
        return figure.current().toPlainString();
    }

    private static String seized(CaseFigures figures, SeizureItem item, SeizureUnit unit) {
        return figures.seizures().stream().filter(s -> s.item() == item && s.unit() == unit).map(SeizureFigure::quantity)
                .map(SummaryTests::current).findFirst().orElse("none");
    }
}
