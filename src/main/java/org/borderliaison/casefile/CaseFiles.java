package org.borderliaison.casefile;

import java.util.List;
import java.util.Optional;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.casefile.domain.CaseFilter;
import org.borderliaison.casefile.domain.CaseTotalsQueries;
import org.borderliaison.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case module's API for the rest of the application: look a case up (within the current user's scope) and
 * the figures the yearly summary needs, computed in the database.
 */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

    private final CaseFileService service;
    private final CaseTotalsQueries totals;

    CaseFiles(CaseFileService service, CaseTotalsQueries totals) {
        this.service = service;
        this.totals = totals;
    }

    /** The case if it exists and the current user may see it. */
    public Optional<CaseFileView> find(long id) {
        return service.find(id).map(CaseFile::toView);
    }

    public CaseFileView require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("CaseFile", id));
    }

    /**
     * Up to {@code limit} (at most 50) visible cases whose references or summary match {@code q} (accents ignored;
     * blank: any), latest opened first: for the pickers of other modules' forms.
     */
    public List<CaseFileView> search(String q, int limit) {
        return service.search(new CaseFilter(q, null, null, null, null, null, null, null),
                PageRequest.of(0, Math.max(1, Math.min(limit, 50)), Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("id"))))
                .map(CaseFile::toView).getContent();
    }

    /**
     * Cases per category (count, subjects, victims) and seizures per item in the canonical unit, for cases led by
     * the given agencies. The caller decides which agencies the user may report on (this is a report query).
     */
    public CaseTotals totals(CaseTotalsQuery query) {
        return totals.totals(query);
    }

    /**
     * {@link #totals} together with the cases per month opened and per partner agency, for the summary's current period
     * and its breakdowns; scope as {@link #totals}.
     */
    public CasesInPeriod inPeriod(CaseTotalsQuery query) {
        return totals.inPeriod(query);
    }
}
