package org.borderliaison.meeting.domain;

import org.borderliaison.shared.SearchText;

/** Typed text as stored: trimmed, composed (NFC), and blank as absent. */
final class MeetingText {

    private MeetingText() {
    }

    static String clean(String text) {
        String composed = SearchText.nfc(text);
        return composed == null || composed.isEmpty() ? null : composed;
    }
}
