package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A row valid from a first day until the first day it no longer holds (null: still valid). An agency's placements,
 * like its names, follow one another without gap or overlap: {@link #chain} restores that after any change.
 */
interface Dated {

    LocalDate getValidFrom();

    LocalDate getValidUntil();

    void setValidUntil(LocalDate validUntil);

    default boolean validOn(LocalDate day) {
        return !getValidFrom().isAfter(day) && (getValidUntil() == null || getValidUntil().isAfter(day));
    }

    /**
     * Orders the rows and ends each where the next begins; the last stays open if one of them was (a correction may
     * have moved the open one before another). Two rows starting on the same day would leave one of them empty:
     * refused on {@code field}.
     */
    static <T extends Dated> List<T> chain(List<T> rows, String field) {
        boolean open = rows.stream().anyMatch(row -> row.getValidUntil() == null);
        List<T> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Dated::getValidFrom));
        for (int i = 0; i + 1 < ordered.size(); i++) {
            if (!ordered.get(i).getValidFrom().isBefore(ordered.get(i + 1).getValidFrom())) {
                throw new org.borderliaison.shared.BusinessRuleException(field, "agency.error.sameStart");
            }
            ordered.get(i).setValidUntil(ordered.get(i + 1).getValidFrom());
        }
        if (open && !ordered.isEmpty()) {
            ordered.get(ordered.size() - 1).setValidUntil(null);
        }
        return ordered;
    }

    static <T extends Dated> T on(List<T> rows, LocalDate day) {
        return rows.stream().filter(row -> row.validOn(day)).findFirst().orElse(null);
    }

    static <T extends Dated> T latest(List<T> rows) {
        return rows.stream().max(Comparator.comparing(Dated::getValidFrom)).orElse(null);
    }
}
