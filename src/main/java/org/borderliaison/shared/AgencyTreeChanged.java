package org.borderliaison.shared;

/**
 * Published by the agency module, inside the transaction, whenever an agency's place in a tree, its lifetime or its
 * names change (create, edit, move, merge, dissolve, a correction of the history). Whatever keeps a copy of the
 * hierarchy or of scopes derived from it (a cache) drops that copy on this event, after the commit.
 *
 * @param agencyId the agency changed; the change may reach its whole sub-tree
 */
public record AgencyTreeChanged(long agencyId) {
}
