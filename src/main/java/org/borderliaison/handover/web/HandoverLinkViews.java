package org.borderliaison.handover.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.casefile.CaseFileView;
import org.borderliaison.casefile.CaseFiles;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.shared.web.RelatedRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A handover's linked case and legal-basis agreement as its pages show them (picker options, the chosen record's
 * label, the detail's links), and a handover as the case's and the agreement's pages list it; through the case and agreement modules' API classes, within the user's scope.
 */
@Component
class HandoverLinkViews {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PICKER_SIZE = 10;

    private final CaseFiles caseFiles;
    private final Agreements agreements;
    private final MessageSource messages;

    HandoverLinkViews(CaseFiles caseFiles, Agreements agreements, MessageSource messages) {
        this.caseFiles = caseFiles;
        this.agreements = agreements;
        this.messages = messages;
    }

    List<RelatedRecord> caseOptions(String q) {
        return caseFiles.search(q, PICKER_SIZE).stream().map(this::caseRecord).toList();
    }

    List<RelatedRecord> agreementOptions(String q) {
        return agreements.search(q, PICKER_SIZE).stream().map(HandoverLinkViews::agreementRecord).toList();
    }

    /** The linked case, if there is one and the user may see it. */
    RelatedRecord linkedCase(Long caseId) {
        return caseId == null ? null : caseFiles.find(caseId).map(this::caseRecord).orElse(null);
    }

    /** The legal-basis agreement, if there is one and the user may see it. */
    RelatedRecord legalBasis(Long agreementId) {
        return agreementId == null ? null : agreements.find(agreementId).map(HandoverLinkViews::agreementRecord).orElse(null);
    }

    /** The label a picker shows for a chosen record: its label when visible, its id otherwise, empty when none. */
    static String label(RelatedRecord record, Long id) {
        return record != null ? record.label() : id == null ? "" : "#" + id;
    }

    /** A handover as the pages of its case and agreement list it. */
    RelatedRecord handoverRecord(Handover h) {
        return new RelatedRecord("related.handover", h.getId(), h.getDate().format(DATE) + " · " + text("handoverCategory." + h.getCategory()),
                text("handoverDirection." + h.getDirection()) + " · " + h.getQuantity(), "/handovers/" + h.getId());
    }

    private RelatedRecord caseRecord(CaseFileView c) {
        return new RelatedRecord("related.case", c.id(), c.ourReference(),
                text("caseCategory." + c.category()) + " · " + c.openedOn().format(DATE), "/cases/" + c.id());
    }

    private static RelatedRecord agreementRecord(AgreementSummary a) {
        return new RelatedRecord("related.agreement", a.id(), a.label(), a.signedOn() == null ? null : a.signedOn().format(DATE),
                "/agreements/" + a.id());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
