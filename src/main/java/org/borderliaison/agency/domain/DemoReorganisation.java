package org.borderliaison.agency.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Brings the demo (the embedded default run) to the hierarchy of today: after the demo records are loaded, performs
 * the 2025 reorganisation once, through the same service an administrator uses, so the demo's tree, timelines and
 * history show it. Off in the tests ({@code liaison.demo-reorganisation: false}): there the browser journey performs
 * it through the pages, and the classes that need the state after it perform it themselves and put the seed back.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = {"liaison.demo-data", "liaison.demo-reorganisation"}, havingValue = "true")
class DemoReorganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReorganisation.class);
    private static final String MARKER = "reorganisation-2025";

    private final Reorganisation2025 reorganisation;
    private final AgencyRepository agencies;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoReorganisation(Reorganisation2025 reorganisation, AgencyRepository agencies, JdbcTemplate jdbc, Clock clock) {
        this.reorganisation = reorganisation;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer done = jdbc.queryForObject("select count(*) from demo_data_load where script = ?", Integer.class, MARKER);
        if (done != null && done > 0) {
            return;
        }
        long ministry = agencies.findByCodeIgnoreCase("VN-BCA").map(Agency::getId).orElse(1L);
        SignedInUser system = new SignedInUser(0, "system", "", "System", ministry, EnumSet.of(Role.ADMIN), true, true);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            int steps = reorganisation.perform();
            jdbc.update("insert into demo_data_load (script, loaded_at) values (?, ?)", MARKER, Timestamp.from(Instant.now(clock)));
            log.info("Demo: performed the 2025 reorganisation ({} steps)", steps);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
