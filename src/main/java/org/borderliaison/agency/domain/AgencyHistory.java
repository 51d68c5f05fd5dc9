package org.borderliaison.agency.domain;

import static org.borderliaison.audit.HistoryField.hidden;
import static org.borderliaison.audit.HistoryField.label;

import java.util.Map;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.springframework.stereotype.Component;

/**
 * How an agency's edits read: the form's labels. The columns a reorganisation rewrites (parent, since, end, active,
 * successor) are hidden here because the agency's history tells each reorganisation as the sentence of its event.
 */
@Component
class AgencyHistory implements HistoryVocabulary {

    private static final Map<String, HistoryField> FIELDS = Map.ofEntries(
            Map.entry("code", label("agency.code")),
            Map.entry("country", label("agency.country")),
            Map.entry("kind", label("agency.kind")),
            Map.entry("level", label("agency.level")),
            Map.entry("nameVi", label("agency.nameVi")),
            Map.entry("nameEn", label("agency.nameEn")),
            Map.entry("nameNative", label("agency.nameNative")),
            Map.entry("validFrom", label("agency.validFrom")),
            Map.entry("documentSymbol", label("agency.documents.symbol")),
            Map.entry("documentPlace", label("agency.documents.place")),
            Map.entry("documentSuperior", label("agency.documents.superior")),
            Map.entry("documentRecipients", label("agency.documents.recipients")),
            Map.entry("signatoryAuthority", label("agency.documents.signatoryAuthority")),
            Map.entry("signatoryPosition", label("agency.documents.signatoryPosition")),
            Map.entry("signatoryName", label("agency.documents.signatoryName")),
            Map.entry("parent", hidden()),
            Map.entry("parentSince", hidden()),
            Map.entry("validTo", hidden()),
            Map.entry("active", hidden()),
            Map.entry("successor", hidden()));

    @Override
    public Class<?> recordType() {
        return Agency.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }
}
