package org.borderliaison.patrol.domain;

import static org.borderliaison.audit.HistoryField.label;
import static org.borderliaison.audit.HistoryField.reference;

import java.util.Map;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.borderliaison.audit.Reference;
import org.borderliaison.audit.ReferenceNames;
import org.borderliaison.patrol.Patrols;
import org.borderliaison.shared.web.DateFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** How a patrol's history reads: the form's labels, units and gates by name. */
@Component
class PatrolHistory implements HistoryVocabulary {

    private static final Map<String, HistoryField> FIELDS = Map.ofEntries(
            Map.entry("kind", label("patrol.kind")),
            Map.entry("date", label("patrol.date")),
            Map.entry("startTime", label("patrol.startTime")),
            Map.entry("endTime", label("patrol.endTime")),
            Map.entry("ourAgencyId", reference("patrol.ourAgency", Reference.AGENCY)),
            Map.entry("partnerAgencyId", reference("patrol.partnerAgency", Reference.AGENCY)),
            Map.entry("partnerCountry", label("patrol.partnerCountry")),
            Map.entry("segmentFrom", label("patrol.segmentFrom")),
            Map.entry("segmentTo", label("patrol.segmentTo")),
            Map.entry("borderGateId", reference("patrol.borderGate", Reference.BORDER_GATE)),
            Map.entry("ourPersonnel", label("patrol.ourPersonnel")),
            Map.entry("partnerPersonnel", label("patrol.partnerPersonnel")),
            Map.entry("findings", label("patrol.findings")));

    @Override
    public Class<?> recordType() {
        return Patrol.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }

    /** Patrols by date and border segment where cases point at them. */
    @Bean
    static ReferenceNames patrolNames(Patrols patrols) {
        return ReferenceNames.of(Reference.PATROL, (id, locale) -> patrols.find(id)
                .map(patrol -> DateFormatter.display(patrol.date()) + " · " + patrol.segment()));
    }
}
