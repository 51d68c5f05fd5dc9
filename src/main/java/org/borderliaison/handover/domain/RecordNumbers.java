package org.borderliaison.handover.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives handover records their running number per issuing agency and year, safely when several officers (or several
 * instances) save at once: the number is taken by an update of the agency's counter row, whose row lock makes a
 * second transaction wait until the first commits and then read the next number. The first record of an agency's
 * year creates the counter in a transaction of its own, so two first records cannot both start at 1.
 */
@Component
class RecordNumbers {

    private final JdbcTemplate jdbc;
    private final CounterStart start;

    RecordNumbers(JdbcTemplate jdbc, CounterStart start) {
        this.jdbc = jdbc;
        this.start = start;
    }

    /** The next number of {@code agencyId}'s year {@code year}; taken for good once the caller's transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long agencyId, int year) {
        if (increment(agencyId, year) == 0) {
            try {
                start.ensure(agencyId, year);
            } catch (DuplicateKeyException alreadyThere) {
                // another record of the same agency and year was first: its counter serves this one too
            }
            increment(agencyId, year);
        }
        return jdbc.queryForObject("select last_number from handover_record_counter where agency_id = ? and record_year = ?",
                Integer.class, agencyId, year);
    }

    private int increment(long agencyId, int year) {
        return jdbc.update("update handover_record_counter set last_number = last_number + 1 where agency_id = ? and record_year = ?",
                agencyId, year);
    }

    /**
     * Creates a counter at 0, committed at once. Kept apart from the record's transaction so that a duplicate key
     * (another transaction created it first) rolls back only this insert; on PostgreSQL a failed statement would
     * otherwise spoil the whole record.
     */
    @Component
    static class CounterStart {

        private final JdbcTemplate jdbc;

        CounterStart(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void ensure(long agencyId, int year) {
            jdbc.update("insert into handover_record_counter (agency_id, record_year, last_number) values (?, ?, 0)",
                    agencyId, year);
        }
    }
}
