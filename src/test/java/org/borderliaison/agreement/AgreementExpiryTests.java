package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expiry list and its dashboard card at their boundaries, relative to today's date. Each test works in
 * a province of its own (a new agency), so the demo records and other tests never change its counts.
 */
class AgreementExpiryTests extends IntegrationTest {

    @Autowired
    AgreementService service;

    @Autowired
    AgencyService agencyService;

    @Autowired
    JsonMapper json;

    long province;
    long hekou;
    SignedInUser officer;
    LocalDate today;

    @BeforeEach
    void aProvinceOfItsOwn() {
        String code = "VN-EXP-" + System.nanoTime() % 10_000_000;
        long ministry = fixtures.agency("VN-BCA").id();
        province = fixtures.asSystemAdmin(() -> agencyService.create(Country.VN, ministry, new AgencyDetails(code,
                AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL, "Công an tỉnh thử hạn " + code, null, null, null)).getId());
        officer = fixtures.account("agr-exp-" + code.toLowerCase(), code, Role.OFFICER);
        hekou = fixtures.agency("CN-HK-GAJ").id();
        today = service.today();
    }

    @Test
    void listsWhatEndsWithinNinetyDaysOrHasEndedAndNothingLater() {
        long endsToday = create(ending(today));
        long endsIn90Days = create(ending(today.plusDays(90)));
        long endsIn91Days = create(ending(today.plusDays(91)));
        long endedYesterday = create(ending(today.minusDays(1)));
        long openEnded = create(ending(null));

        List<Long> listed = as(officer, () -> service.expiring(100)).stream().map(AgreementRow::id).toList();
        assertThat(listed).containsExactly(endedYesterday, endsToday, endsIn90Days);
        assertThat(listed).doesNotContain(endsIn91Days, openEnded);
        assertThat(as(officer, service::countExpiring)).isEqualTo(3);
    }

    @Test
    void anAgreementRenewedBySignedSuccessorLeavesTheListButADraftSuccessorDoesNot() {
        long renewed = create(ending(today.minusDays(30)));
        long successor = create(ending(today.plusYears(1)).replacing(renewed));
        long beingRenewed = create(ending(today.minusDays(10)));
        create(ending(today.plusYears(1)).replacing(beingRenewed).draft());

        List<Long> listed = as(officer, () -> service.expiring(100)).stream().map(AgreementRow::id).toList();
        assertThat(listed).containsExactly(beingRenewed).doesNotContain(renewed, successor);
    }

    @Test
    void terminatedWithdrawnAndDraftAgreementsAreNotListed() {
        long terminated = create(ending(today.plusDays(10)));
        as(officer, () -> {
            service.terminate(terminated, 0L, today, "Hai bên thống nhất chấm dứt");
            return null;
        });
        long draft = create(ending(today.plusDays(5)).draft());
        long withdrawn = create(ending(today.plusDays(5)).draft());
        as(officer, () -> {
            service.withdraw(withdrawn, 0L, "Không ký");
            return null;
        });

        assertThat(as(officer, () -> service.expiring(100))).extracting(AgreementRow::id).doesNotContain(terminated, draft, withdrawn);
        assertThat(as(officer, service::countExpiring)).isZero();
    }

    @Test
    void thePageTheApiAndTheCardShowTheSameAgreementsInScope() throws Exception {
        AgreementBuilder soon = ending(today.plusDays(20));
        long id = create(soon);
        AgreementBuilder ended = ending(today.minusDays(3));
        create(ended);

        mvc.perform(get("/agreements/expiring").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(soon.title())))
                .andExpect(content().string(containsString("còn 20 ngày")))
                .andExpect(content().string(containsString("đã hết hạn 3 ngày")));
        JsonNode listed = json.readTree(mvc.perform(get("/api/v1/agreements/expiring").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(1).get("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("EXPIRED");

        mvc.perform(get("/").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agreement-expiry-card\"")))
                .andExpect(content().string(containsString("id=\"expiring-count\">2</a>")))
                .andExpect(content().string(containsString(soon.title())));

        // Another province's officer sees neither.
        SignedInUser ngheAn = fixtures.account("agr-exp-officer-na", "VN-NA-CA", Role.OFFICER);
        mvc.perform(get("/agreements/expiring").with(user(ngheAn)))
                .andExpect(content().string(not(containsString(soon.title()))))
                .andExpect(content().string(not(containsString(ended.title()))));
    }

    private AgreementBuilder ending(LocalDate validTo) {
        return AgreementBuilder.aYearlyPlan().between(province, hekou).signedOn(today.minusYears(1)).validTo(validTo);
    }

    private long create(AgreementBuilder agreement) {
        return fixtures.asSystemAdmin(() -> service.create(agreement.command()));
    }
}
