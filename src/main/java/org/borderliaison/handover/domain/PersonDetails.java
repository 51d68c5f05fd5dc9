package org.borderliaison.handover.domain;

import org.borderliaison.agency.Country;
import org.borderliaison.handover.Sex;
import org.borderliaison.shared.SearchText;

/** A person handed over or received, as typed, uploaded or shown (names kept in NFC). */
public record PersonDetails(String fullName, Sex sex, Integer birthYear, Country nationality, String identityDocument,
        String wantedNoticeReference) {

    public PersonDetails {
        fullName = blankToNull(SearchText.nfc(fullName));
        identityDocument = blankToNull(SearchText.nfc(identityDocument));
        wantedNoticeReference = blankToNull(SearchText.nfc(wantedNoticeReference));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
