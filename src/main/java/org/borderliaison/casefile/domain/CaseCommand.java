package org.borderliaison.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;

/**
 * A create or edit of a case, as pages and API hand it to the service. {@code statusDate} is when the case
 * reached {@code status} (on create: the opened date if empty; on edit: today if empty and the status changed).
 * {@code patrolIds}, {@code meetingIds} and {@code agreementIds} are the linked records in the order given; null leaves the links as
 * they are (an API update that does not send them), an empty list removes them.
 */
public record CaseCommand(CaseCategory category, String ourReference, String partnerReference, LocalDate openedOn,
        CaseStatus status, LocalDate statusDate, String statusNote, Long leadAgencyId, List<Long> partnerAgencyIds,
        int subjects, int victims, String summary, List<SeizureLine> seizures, List<Long> patrolIds, List<Long> meetingIds,
        List<Long> agreementIds) {

    public CaseCommand {
        partnerAgencyIds = partnerAgencyIds == null ? List.of() : partnerAgencyIds;
        seizures = seizures == null ? List.of() : List.copyOf(seizures);
        patrolIds = patrolIds == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(patrolIds));
        meetingIds = meetingIds == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(meetingIds));
        agreementIds = agreementIds == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(agreementIds));
    }

    /** One seizure as entered. */
    public record SeizureLine(SeizureItem item, BigDecimal quantity, SeizureUnit unit, String description) {
    }
}
