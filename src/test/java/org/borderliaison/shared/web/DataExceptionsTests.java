package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A value the database cannot store is bad input (400); a clash with other data stays a conflict (409). */
class DataExceptionsTests {

    @Test
    void aValueTooLongOrOutOfRangeIsBadInput() {
        assertThat(DataExceptions.isBadValue(new DataIntegrityViolationException("could not execute statement",
                new SQLException("Value too long for column \"cancel_reason CHARACTER VARYING(1000)\"", "22001")))).isTrue();
        assertThat(DataExceptions.isBadValue(new DataIntegrityViolationException("x",
                new RuntimeException(new SQLException("numeric field overflow", "22003"))))).isTrue();
    }

    @Test
    void aUniqueKeyOrAReferenceIsAConflict() {
        assertThat(DataExceptions.isBadValue(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DataExceptions.isBadValue(new DataIntegrityViolationException("no state"))).isFalse();
    }
}
