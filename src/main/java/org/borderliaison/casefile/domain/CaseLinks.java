package org.borderliaison.casefile.domain;

import java.util.Set;

/**
 * The records a case points at: the patrols it came from, the meetings at which it was discussed and the agreements
 * that are its legal basis.
 */
record CaseLinks(Set<Long> patrolIds, Set<Long> meetingIds, Set<Long> agreementIds) {
}
