package org.borderliaison.casefile.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.casefile.domain.CaseFile;
import org.springframework.data.domain.Sort;

/** What the list page and the API share: the sortable columns and one look-up of the agencies a page of cases names. */
final class CaseListing {

    static final List<String> SORTABLE = List.of("openedOn", "ourReference", "statusSince", "subjects");
    static final String DEFAULT_SORT = "openedOn,desc";

    private CaseListing() {
    }

    /** {@code "openedOn,desc"} → a sort with the id as tie-breaker; an unknown column falls back to the default. */
    static Sort sort(String sort) {
        String[] parts = (sort == null || sort.isBlank() ? DEFAULT_SORT : sort).split(",");
        String property = parts.length > 0 && SORTABLE.contains(parts[0]) ? parts[0] : "openedOn";
        Sort.Direction direction = parts.length > 1 && "asc".equalsIgnoreCase(parts[1]) ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(direction, property).and(Sort.by(direction, "id"));
    }

    /** The lead and partner agencies of the cases, in one query. */
    static Map<Long, AgencyView> agencies(Agencies agencies, Collection<CaseFile> cases, boolean withPartners) {
        Set<Long> ids = new HashSet<>();
        for (CaseFile c : cases) {
            ids.add(c.getLeadAgencyId());
            if (withPartners) {
                c.getPartners().forEach(partner -> ids.add(partner.getAgencyId()));
            }
        }
        return agencies.findAll(ids);
    }
}
