package org.borderliaison.meeting;

import java.time.LocalDate;

/** A meeting as other modules point at it (a case discussed there): enough to name it and link to its page. */
public record MeetingReference(long id, MeetingKind kind, String title, LocalDate startDate) {
}
