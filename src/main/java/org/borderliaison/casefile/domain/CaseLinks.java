package org.borderliaison.casefile.domain;

import java.util.Set;

/** The records a case points at: the patrols it came from and the agreements that are its legal basis. */
record CaseLinks(Set<Long> patrolIds, Set<Long> agreementIds) {
}
