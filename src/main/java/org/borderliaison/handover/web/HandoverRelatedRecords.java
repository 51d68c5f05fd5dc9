package org.borderliaison.handover.web;

import java.util.List;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.web.RelatedRecord;
import org.borderliaison.shared.web.RelatedRecords;
import org.springframework.stereotype.Component;

/** The handovers an agreement's or a case's page lists: those resting on the agreement or linked to the case. */
@Component
class HandoverRelatedRecords implements RelatedRecords {

    private final HandoverService service;
    private final HandoverLinkViews views;

    HandoverRelatedRecords(HandoverService service, HandoverLinkViews views) {
        this.service = service;
        this.views = views;
    }

    @Override
    public List<RelatedRecord> relatedTo(String recordType, long id) {
        List<Handover> handovers = switch (recordType) {
            case AGREEMENT -> service.basedOnAgreement(id);
            case CASE -> service.ofCase(id);
            default -> List.of();
        };
        return handovers.stream().map(views::handoverRecord).toList();
    }
}
