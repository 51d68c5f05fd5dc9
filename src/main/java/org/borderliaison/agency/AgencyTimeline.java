package org.borderliaison.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agency's history as its administrators made it: its placements, its names and what happened, newest first.
 * Other agencies are named as they were called at the time.
 */
public record AgencyTimeline(long agencyId, List<Placement> placements, List<Name> names, List<Event> events) {

    public record Placement(long id, Long parentId, String parentName, LocalDate validFrom, LocalDate validUntil) {
    }

    public record Name(long id, String code, String nameVi, String nameEn, String nameNative, LocalDate validFrom,
            LocalDate validUntil) {

        public String name(String language) {
            return LocalisedName.of(language, nameVi, nameEn);
        }
    }

    /**
     * @param otherAgencyId the new parent of a move, the successor of a merge, the agency absorbed
     * @param previousAgencyId the parent before a move
     */
    public record Event(AgencyEventKind kind, LocalDate effectiveDate, Long otherAgencyId, String otherName,
            Long previousAgencyId, String previousName, String nameBefore, String nameAfter, String details,
            String author, Instant at) {
    }
}
