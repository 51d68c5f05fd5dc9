package org.borderliaison.shared.web;

import java.util.Comparator;
import java.util.List;

/**
 * Records of other modules that point at a record (the cases opened from a patrol, the cases and handovers
 * based on an agreement...). A module that holds such links implements it; the detail page of the record
 * pointed at renders what every implementation returns ({@code fragments/links :: related(records)}), so the
 * linked-to module does not depend on the modules that link to it. Implementations answer within the current
 * user's scope: records the user may not see are left out.
 */
public interface RelatedRecords {

    String PATROL = "patrol";
    String AGREEMENT = "agreement";
    String MEETING = "meeting";
    String CASE = "case";

    /** The records of this module that point at the record of type {@code recordType} with id {@code id}. */
    List<RelatedRecord> relatedTo(String recordType, long id);

    /** What all {@code sources} return for one record, grouped by kind, each kind in the order its source gave. */
    static List<RelatedRecord> collect(List<RelatedRecords> sources, String recordType, long id) {
        return sources.stream().flatMap(source -> source.relatedTo(recordType, id).stream())
                .sorted(Comparator.comparing(RelatedRecord::kind))
                .toList();
    }
}
