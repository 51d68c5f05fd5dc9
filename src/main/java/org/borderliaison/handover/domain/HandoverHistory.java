package org.borderliaison.handover.domain;

import static org.borderliaison.audit.HistoryField.label;
import static org.borderliaison.audit.HistoryField.reference;
import static org.borderliaison.audit.HistoryField.year;

import java.util.Map;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.borderliaison.audit.Reference;
import org.springframework.stereotype.Component;

/** How a handover's history reads: the form's labels, agencies, gate, case and agreement by name. */
@Component
class HandoverHistory implements HistoryVocabulary {

    private static final Map<String, HistoryField> FIELDS = Map.ofEntries(
            Map.entry("direction", label("handover.direction")),
            Map.entry("category", label("handover.category")),
            Map.entry("date", label("handover.date")),
            Map.entry("time", label("handover.time")),
            Map.entry("recordYear", year("handover.recordYear")),
            Map.entry("recordNumber", label("handover.recordNumber")),
            Map.entry("recordSymbol", label("handover.recordSymbol")),
            Map.entry("representatives", label("handover.representatives")),
            Map.entry("borderGateId", reference("handover.borderGate", Reference.BORDER_GATE)),
            Map.entry("ourAgencyId", reference("handover.ourAgency", Reference.AGENCY)),
            Map.entry("partnerAgencyId", reference("handover.partnerAgency", Reference.AGENCY)),
            Map.entry("partnerCountry", label("handover.partnerCountry")),
            Map.entry("quantity", label("handover.quantity")),
            Map.entry("nationality", label("handover.nationality")),
            Map.entry("legalBasisKind", label("handover.legalBasisKind")),
            Map.entry("legalBasisReference", label("handover.legalBasisReference")),
            Map.entry("notes", label("handover.notes")),
            Map.entry("caseId", reference("handover.case", Reference.CASE)),
            Map.entry("legalBasisAgreementId", reference("handover.legalBasisAgreement", Reference.AGREEMENT)),
            Map.entry("attachments", label("attachment.heading")));

    @Override
    public Class<?> recordType() {
        return Handover.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }
}
