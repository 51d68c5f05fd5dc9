package org.borderliaison.handover.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.web.RelatedRecord;
import org.borderliaison.shared.web.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The handovers an agreement's or a case's page lists: those resting on the agreement or linked to the case. */
@Component
class HandoverRelatedRecords implements RelatedRecords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HandoverService service;
    private final MessageSource messages;

    HandoverRelatedRecords(HandoverService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public List<RelatedRecord> relatedTo(String recordType, long id) {
        List<Handover> handovers = switch (recordType) {
            case AGREEMENT -> service.linkedTo("legalBasisAgreementId", id);
            case CASE -> service.linkedTo("caseId", id);
            default -> List.of();
        };
        return handovers.stream().map(this::record).toList();
    }

    private RelatedRecord record(Handover h) {
        return new RelatedRecord("related.handover", h.getId(), h.getDate().format(DATE) + " · " + text("handoverCategory." + h.getCategory()),
                text("handoverDirection." + h.getDirection()) + " · " + h.getQuantity(), "/handovers/" + h.getId());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
