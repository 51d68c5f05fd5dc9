package org.borderliaison.casefile.domain;

import static org.borderliaison.audit.HistoryField.hidden;
import static org.borderliaison.audit.HistoryField.label;
import static org.borderliaison.audit.HistoryField.reference;

import java.util.Map;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.borderliaison.audit.Reference;
import org.borderliaison.audit.ReferenceNames;
import org.borderliaison.casefile.CaseFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * How a case's history reads: the form's labels, agencies and linked records by name, a change of status as such.
 * The status date is shown by the status step added with it, so it is not repeated.
 */
@Component
class CaseHistory implements HistoryVocabulary {

    private static final Map<String, HistoryField> FIELDS = Map.ofEntries(
            Map.entry("category", label("case.category")),
            Map.entry("ourReference", label("case.ourReference")),
            Map.entry("partnerReference", label("case.partnerReference")),
            Map.entry("openedOn", label("case.openedOn")),
            Map.entry("status", label("case.status")),
            Map.entry("statusSince", hidden()),
            Map.entry("leadAgencyId", reference("case.leadAgency", Reference.AGENCY)),
            Map.entry("subjects", label("case.subjects")),
            Map.entry("victims", label("case.victims")),
            Map.entry("summary", label("case.summary")),
            Map.entry("partners", label("case.partners")),
            Map.entry("statusChanges", label("case.statusHistory")),
            Map.entry("seizures", label("case.seizures")),
            Map.entry("patrolIds", reference("case.links.patrols", Reference.PATROL)),
            Map.entry("meetingIds", reference("case.links.meetings", Reference.MEETING)),
            Map.entry("agreementIds", reference("case.links.agreements", Reference.AGREEMENT)),
            Map.entry("attachments", label("attachment.heading")));

    @Override
    public Class<?> recordType() {
        return CaseFile.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }

    @Override
    public String action(Object before, Object after, String author) {
        return ((CaseFile) before).getStatus() != ((CaseFile) after).getStatus() ? "statusChanged" : null;
    }

    /** Cases by their reference where handovers point at them. */
    @Bean
    static ReferenceNames caseNames(CaseFiles cases) {
        return ReferenceNames.of(Reference.CASE, (id, locale) -> cases.find(id).map(found -> found.ourReference()));
    }
}
