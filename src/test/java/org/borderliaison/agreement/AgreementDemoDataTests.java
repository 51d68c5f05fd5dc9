package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agreement.domain.AgreementDetail;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.SearchText;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo agreements the seed articles describe, at the fixed ids the meeting demo links to. */
class AgreementDemoDataTests extends IntegrationTest {

    @Autowired
    AgreementService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNgheAnMemorandumOfAugust2024HasItsFourPartiesAndSignatories() {
        AgreementDetail memo = fixtures.asSystemAdmin(() -> service.detail(101));
        assertThat(memo.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(memo.signedOn()).hasToString("2024-08-16");
        assertThat(memo.parties()).extracting(AgencyView::code).containsExactly("VN-NA-CA", "LA-BL-CA", "LA-XI-CA", "LA-HO-CA");
        assertThat(memo.ourParties()).hasSize(1);
        assertThat(memo.partnerParties()).hasSize(3);
        assertThat(memo.signatories()).extracting(AgreementDetail.SignatoryView::name)
                .containsExactly("Bùi Quang Thanh", "Kông Chăn Xay Păn Nha", "Xẻng A Lun Năn Thạ Vông", "Phết Xỏn In Xú Phăn");
        assertThat(memo.fields()).contains(CooperationField.DRUG_CRIME, CooperationField.WANTED_PERSONS);
    }

    @Test
    void theVientianeTalksOfJuly2024HaveThePlanTheTreatyAndTheMemorandum() {
        Map<Long, AgreementSummary> vientiane = fixtures.asSystemAdmin(() -> service.summaries(List.of(102L, 103L, 104L)));
        assertThat(vientiane.get(102L).kind()).isEqualTo(AgreementKind.YEARLY_COOPERATION_PLAN);
        assertThat(vientiane.get(103L).kind()).isEqualTo(AgreementKind.TREATY);
        assertThat(vientiane.get(103L).title()).contains("dẫn độ");
        assertThat(vientiane.get(104L).kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(vientiane.get(103L).signedOn()).hasToString("2024-07-11");
        assertThat(vientiane.get(104L).signedOn()).hasToString("2024-07-11");
        assertThat(fixtures.asSystemAdmin(() -> service.detail(104)).parties()).extracting(AgencyView::code).containsExactly("VN-BCA", "LA-MPS");
    }

    @Test
    void theLaoCaiYunnanPlansRenewEachOther() {
        AgreementDetail plan2026 = fixtures.asSystemAdmin(() -> service.detail(106));
        assertThat(plan2026.replaces().id()).isEqualTo(105);
        assertThat(plan2026.replacedBy()).extracting(AgreementSummary::id).containsExactly(111L);
        assertThat(plan2026.replacedBy().get(0).status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void theStoredSearchTextIsWhatTheApplicationWouldHaveWritten() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, title_vi, title_partner, reference_number, summary, search_text from cooperation_agreement where id < 1000");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(11);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("search_text")).as("search_text of demo agreement %s", row.get("id"))
                    .isEqualTo(SearchText.of((String) row.get("title_vi"), (String) row.get("title_partner"),
                            (String) row.get("reference_number"), (String) row.get("summary")));
        }
    }
}
