package org.borderliaison.support;

import java.util.EnumSet;
import java.util.List;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.security.domain.AccountDetails;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.security.domain.UserAccountService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.PageRequest;

/** Test data: accounts of a given role and agency, look-ups of seeded agencies by code, and test agencies of Viet Nam. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";

    private final UserAccountService accounts;
    private final UserAccountRepository accountRepository;
    private final Agencies agencies;
    private final AgencyService agencyService;

    Fixtures(UserAccountService accounts, UserAccountRepository accountRepository, Agencies agencies, AgencyService agencyService) {
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.agencies = agencies;
        this.agencyService = agencyService;
    }

    /** A Vietnamese agency created under {@code parentId} now, named "Đơn vị thử nghiệm {code}"; its id. */
    public long testAgency(long parentId, String code, AgencyKind kind, AgencyLevel level) {
        return asSystemAdmin(() -> agencyService.create(Country.VN, parentId, new AgencyDetails(code, kind, level,
                "Đơn vị thử nghiệm " + code, null, null, null)).getId());
    }

    public AgencyView agency(String code) {
        return asSystemAdmin(() -> agencies.search(AgencySearch.text(code), PageRequest.of(0, 50)).stream()
                .filter(agency -> agency.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seeded agency " + code)));
    }

    /** An account with the password {@link #PASSWORD}, created on first use. */
    public SignedInUser account(String username, String agencyCode, Role... roles) {
        long agencyId = agency(agencyCode).id();
        if (accountRepository.findByUsernameIgnoreCase(username).isEmpty()) {
            asSystemAdmin(() -> accounts.create(username, PASSWORD,
                    new AccountDetails(username + " (test)", agencyId, EnumSet.copyOf(List.of(roles)), true)));
        }
        return accountRepository.findByUsernameIgnoreCase(username).orElseThrow().toPrincipal();
    }

    /** Runs {@code work} as an administrator, restoring whoever was signed in before. */
    public <T> T asSystemAdmin(java.util.function.Supplier<T> work) {
        SignedInUser admin = new SignedInUser(0, "fixtures", "", "Fixtures", agencies.position(1).map(p -> p.agencyId()).orElse(1L),
                EnumSet.of(Role.ADMIN), true, true);
        return SignedIn.as(admin, work);
    }
}
