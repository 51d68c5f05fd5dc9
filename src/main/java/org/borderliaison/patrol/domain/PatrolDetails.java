package org.borderliaison.patrol.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.borderliaison.patrol.PatrolKind;

/** What a user states about a patrol, from a form or the API; the service checks it before it is saved. */
public record PatrolDetails(PatrolKind kind, LocalDate date, LocalTime startTime, LocalTime endTime, Long ourAgencyId,
        Long partnerAgencyId, String segmentFrom, String segmentTo, Long borderGateId, Integer ourPersonnel,
        Integer partnerPersonnel, String findings) {

    /**
     * A border marker as the treaty numbers them: a number with an optional sub-marker in brackets,
     * {@code 106} or {@code 100(2)}.
     */
    public static final String MARKER_REGEX = "\\d{1,4}(\\(\\d{1,2}\\))?";

    static final Pattern MARKER = Pattern.compile(MARKER_REGEX);
}
