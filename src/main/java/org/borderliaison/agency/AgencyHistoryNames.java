package org.borderliaison.agency;

import org.borderliaison.audit.Reference;
import org.borderliaison.audit.ReferenceNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Agencies and border gates by name in every record's history, in the reader's language where a name exists. */
@Configuration(proxyBeanMethods = false)
class AgencyHistoryNames {

    @Bean
    ReferenceNames agencyNames(Agencies agencies) {
        return ReferenceNames.of(Reference.AGENCY, (id, locale) -> agencies.find(id).map(agency -> agency.name(locale.getLanguage())));
    }

    @Bean
    ReferenceNames borderGateNames(Agencies agencies) {
        return ReferenceNames.of(Reference.BORDER_GATE, (id, locale) -> agencies.findBorderGate(id)
                .map(gate -> "en".equals(locale.getLanguage()) && gate.nameEn() != null && !gate.nameEn().isBlank() ? gate.nameEn()
                        : gate.nameVi()));
    }
}
