package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** {@link Agreements}, what other modules (meetings) use: scoped look-ups and the agreement signed at a meeting. */
class AgreementsModuleApiTests extends IntegrationTest {

    @Autowired
    Agreements agreements;

    @Autowired
    AgreementService service;

    SignedInUser officerLaoCai;
    SignedInUser officerNgheAn;
    SignedInUser viewerLaoCai;
    long laoCai;
    long hekou;

    @BeforeEach
    void accounts() {
        officerLaoCai = fixtures.account("agr-mod-officer-lc", "VN-LC-CA", Role.OFFICER);
        officerNgheAn = fixtures.account("agr-mod-officer-na", "VN-NA-CA", Role.OFFICER);
        viewerLaoCai = fixtures.account("agr-mod-viewer-lc", "VN-LC-CA", Role.VIEWER);
        laoCai = fixtures.agency("VN-LC-CA").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
    }

    @Test
    void createsTheAgreementSignedAtAMeetingInForce() {
        AgreementDraft draft = new AgreementDraft("Biên bản hội đàm Lào Cai – Hà Khẩu " + System.nanoTime(), AgreementKind.CONFERENCE_MINUTES,
                null, LocalDate.of(2025, 9, 12), "Cửa khẩu quốc tế Lào Cai", List.of(laoCai, hekou),
                List.of(new AgreementSignatory("Đỗ Văn Hải", "Đại tá", "Giám đốc", laoCai)), EnumSet.of(CooperationField.DRUG_CRIME),
                null, LocalDate.of(2026, 9, 11));
        long id = as(officerLaoCai, () -> agreements.create(draft));
        AgreementSummary created = as(officerLaoCai, () -> agreements.require(id));
        assertThat(created.title()).isEqualTo(draft.title());
        assertThat(created.validFrom()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(created.status()).isIn(AgreementStatus.IN_FORCE, AgreementStatus.EXPIRED);
        assertThat(as(officerLaoCai, () -> service.detail(id)).storedStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void refusesADraftThatBreaksTheRulesAndLetsOnlyWritersCreate() {
        AgreementDraft oneParty = new AgreementDraft("Biên bản thiếu bên " + System.nanoTime(), AgreementKind.CONFERENCE_MINUTES, null,
                LocalDate.of(2025, 9, 12), null, List.of(laoCai), List.of(), Set.of(), null, null);
        assertThatThrownBy(() -> as(officerLaoCai, () -> agreements.create(oneParty)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.field()).isEqualTo("parties"));
        AgreementDraft fine = new AgreementDraft("Biên bản đủ bên " + System.nanoTime(), AgreementKind.CONFERENCE_MINUTES, null,
                LocalDate.of(2025, 9, 12), null, List.of(laoCai, hekou), List.of(), Set.of(), null, null);
        assertThatThrownBy(() -> as(viewerLaoCai, () -> agreements.create(fine))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(officerNgheAn, () -> agreements.create(fine)))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("agreement.error.noPartyInScope"));
    }

    @Test
    void findsOnlyWhatTheUserMaySee() {
        String marker = "Văn bản tra cứu mô-đun " + System.nanoTime();
        long laoCaiMemo = fixtures.asSystemAdmin(() -> service.create(AgreementBuilder.aMemorandum().titled(marker).between(laoCai, hekou)
                .command()));
        assertThat(as(officerLaoCai, () -> agreements.find(laoCaiMemo))).isPresent();
        assertThat(as(officerNgheAn, () -> agreements.find(laoCaiMemo))).isEmpty();
        assertThat(as(officerNgheAn, () -> agreements.findAll(List.of(laoCaiMemo, 101L)))).containsOnlyKeys(101L);
        assertThat(as(officerLaoCai, () -> agreements.findAll(List.of(laoCaiMemo, 101L)))).containsOnlyKeys(laoCaiMemo);
        assertThat(as(officerLaoCai, () -> agreements.search(marker.toLowerCase(), 5))).extracting(AgreementSummary::id)
                .containsExactly(laoCaiMemo);
        assertThat(as(officerNgheAn, () -> agreements.search(marker, 5))).isEmpty();
    }
}
