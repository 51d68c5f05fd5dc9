package org.borderliaison.casefile.web;

import java.util.List;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.shared.web.RelatedRecord;
import org.borderliaison.shared.web.RelatedRecords;
import org.springframework.stereotype.Component;

/** The cases a patrol's, a meeting's or an agreement's page lists: those linked to it that the user may see. */
@Component
class CaseRelatedRecords implements RelatedRecords {

    private final CaseFileService service;
    private final CaseLinkViews views;

    CaseRelatedRecords(CaseFileService service, CaseLinkViews views) {
        this.service = service;
        this.views = views;
    }

    @Override
    public List<RelatedRecord> relatedTo(String recordType, long id) {
        List<CaseFile> cases = switch (recordType) {
            case PATROL -> service.fromPatrol(id);
            case MEETING -> service.discussedAt(id);
            case AGREEMENT -> service.basedOnAgreement(id);
            default -> List.of();
        };
        return cases.stream().map(views::caseRecord).toList();
    }
}
