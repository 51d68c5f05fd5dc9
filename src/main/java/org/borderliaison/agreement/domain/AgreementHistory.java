package org.borderliaison.agreement.domain;

import static org.borderliaison.audit.HistoryField.label;
import static org.borderliaison.audit.HistoryField.reference;

import java.util.Map;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.borderliaison.audit.Reference;
import org.borderliaison.audit.ReferenceNames;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** How an agreement's history reads: the form's labels, parties by name, terminating and withdrawing. */
@Component
class AgreementHistory implements HistoryVocabulary {

    private static final Map<String, HistoryField> FIELDS = Map.ofEntries(
            Map.entry("titleVi", label("agreement.titleVi")),
            Map.entry("titlePartner", label("agreement.titlePartner")),
            Map.entry("kind", label("agreement.kind")),
            Map.entry("referenceNumber", label("agreement.referenceNumber")),
            Map.entry("status", label("agreement.status")),
            Map.entry("signedOn", label("agreement.signedOn")),
            Map.entry("signingPlace", label("agreement.signingPlace")),
            Map.entry("validFrom", label("agreement.validFrom")),
            Map.entry("validTo", label("agreement.validTo")),
            Map.entry("summary", label("agreement.summary")),
            Map.entry("statusReason", label("agreement.reason")),
            Map.entry("terminatedOn", label("agreement.terminatedOn")),
            Map.entry("replaces", reference("agreement.replaces", Reference.AGREEMENT)),
            Map.entry("parties", label("agreement.parties")),
            Map.entry("signatories", label("agreement.signatories")),
            Map.entry("fields", label("agreement.fields")),
            Map.entry("attachments", label("agreement.attachments")));

    @Override
    public Class<?> recordType() {
        return CooperationAgreement.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }

    @Override
    public String action(Object before, Object after, String author) {
        AgreementStatus was = ((CooperationAgreement) before).getStatus();
        AgreementStatus is = ((CooperationAgreement) after).getStatus();
        if (was == is) {
            return null;
        }
        return switch (is) {
            case TERMINATED -> "terminated";
            case WITHDRAWN -> "withdrawn";
            default -> null;
        };
    }

    /** Agreements by title (and reference) where meetings, cases and handovers point at them. */
    @Bean
    static ReferenceNames agreementNames(Agreements agreements) {
        return ReferenceNames.of(Reference.AGREEMENT, (id, locale) -> agreements.find(id).map(agreement -> agreement.label()));
    }
}
