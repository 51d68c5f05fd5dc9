package org.borderliaison.shared;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that decides which agencies the current user may see and edit. Every module asks it,
 * so list, detail, search, export, report and API cannot disagree.
 */
@Service
public class ScopeService {

    private final AgencyHierarchy hierarchy;

    public ScopeService(AgencyHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    public Scope current() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return of(user);
    }

    public Scope of(SignedInUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return Scope.EVERYTHING;
        }
        return hierarchy.position(user.agencyId())
                .map(position -> position.central() ? Scope.EVERYTHING : Scope.subTree(position.agencyId(), position.path()))
                .orElseThrow(() -> new AccessDeniedException("user without a known agency"));
    }

    /** Whether the current user's scope covers the agency. Unknown agencies are not covered. */
    public boolean covers(long agencyId) {
        Scope scope = current();
        if (scope.unrestricted()) {
            return hierarchy.position(agencyId).isPresent();
        }
        return hierarchy.position(agencyId).map(position -> scope.covers(position.path())).orElse(false);
    }

    /**
     * Refuses an agency the current user may not see, named by the request's {@code field}: the one refusal (422,
     * {@code error.agencyOutOfScope}) of every total and summary asked for an agency. Unknown agencies are refused
     * alike, so the answer does not tell whether an agency outside the scope exists.
     */
    public void requireCovered(long agencyId, String field) {
        if (!covers(agencyId)) {
            throw new BusinessRuleException(field, "error.agencyOutOfScope");
        }
    }
}
