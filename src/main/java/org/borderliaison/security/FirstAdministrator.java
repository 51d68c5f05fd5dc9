package org.borderliaison.security;

import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.security.domain.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account at all) creates {@code admin} at the Ministry of Public Security,
 * with the password from LIAISON_ADMIN_PASSWORD (which must pass the password rules, or the start fails saying
 * why) or, failing that, a random one printed once, to be replaced at the first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String MINISTRY_CODE = "VN-BCA";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountService accounts;
    private final Agencies agencies;
    private final SecurityProperties properties;

    FirstAdministrator(UserAccountService accounts, Agencies agencies, SecurityProperties properties) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        long ministryId = agencies.search(AgencySearch.text(MINISTRY_CODE), PageRequest.of(0, 10)).stream()
                .filter(agency -> MINISTRY_CODE.equals(agency.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The seeded agency " + MINISTRY_CODE + " is missing"))
                .id();
        accounts.createFirstAdministrator(properties.adminPassword(), ministryId).ifPresent(generated -> {
            if (generated.isEmpty()) {
                log.warn("First start: created the administrator account 'admin' with the password from LIAISON_ADMIN_PASSWORD.");
            } else {
                log.warn("""

                        ================================================================================
                          First start: administrator account created.
                            username: admin
                            password: {}
                          This password is shown only once; it must be changed at the first sign-in.
                        ================================================================================""", generated);
            }
        });
    }
}
