package org.borderliaison.agency.domain;

import java.sql.Date;
import java.util.List;
import org.borderliaison.support.AgencyTreeWrites;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the seeded provinces back as they were before {@link Reorganisation2025}: the district police active again
 * under their provinces, their commune police under them, Yên Bái active with its units. The suite shares one
 * database, and most tests create records with those district police dated today, so every class that performs the
 * reorganisation (through the service or through the pages) calls this before and after itself: the suite stays
 * order-independent and runs again on a kept database.
 */
public final class SeedBeforeReorganisation {

    /** Lào Cai (3) and its district police (9-13), Lạng Sơn (14), Văn Lãng (15), Tân Thanh (16), Yên Bái (23-27). */
    private static final List<Long> SEEDED = List.of(3L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 23L, 24L, 25L, 26L, 27L);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AgencySettlement settlement;
    private final ApplicationContext context;

    private SeedBeforeReorganisation(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.settlement = context.getBean(AgencySettlement.class);
    }

    public static void restore(ApplicationContext context) {
        new SeedBeforeReorganisation(context).restore();
    }

    private void restore() {
        String ids = String.join(",", SEEDED.stream().map(String::valueOf).toList());
        Object[] days = {Date.valueOf(Reorganisation2025.DISTRICTS_END), Date.valueOf(Reorganisation2025.PROVINCES_MERGE)};
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from agency_event where agency_id in (" + ids + ") and effective_date in (?, ?)", days);
            jdbc.update("delete from agency_placement where agency_id in (" + ids + ") and valid_from in (?, ?)", days);
            jdbc.update("update agency_placement set valid_until = null where agency_id in (" + ids + ") and valid_until in (?, ?)", days);
            jdbc.update("update agency set active = true, valid_to = null, successor_id = null where id in (" + ids + ")");
            settlement.settle(SEEDED);
        });
        // The settlement announced the change too; written with SQL, the test says so itself.
        AgencyTreeWrites.changedBySql(context, SEEDED);
    }
}
