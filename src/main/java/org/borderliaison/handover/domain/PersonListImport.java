package org.borderliaison.handover.domain;

import java.util.List;

/**
 * The outcome of a CSV upload of persons: the persons read, or the lines refused and why. Refused means nothing
 * was saved. Line 0 stands for the file as a whole (encoding, header, number of persons).
 */
public record PersonListImport(List<PersonDetails> persons, List<LineError> errors) {

    public PersonListImport {
        persons = List.copyOf(persons);
        errors = List.copyOf(errors);
    }

    public static PersonListImport refused(LineError... errors) {
        return new PersonListImport(List.of(), List.of(errors));
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    /** Why a line (or, with line 0, the file) was refused: a message key with its arguments, and the column concerned. */
    public record LineError(int line, String column, String messageKey, Object... arguments) {
    }
}
