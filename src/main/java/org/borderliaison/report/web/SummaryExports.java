package org.borderliaison.report.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.report.Summary;
import org.springframework.stereotype.Component;

/**
 * Writes the EXPORT event of a summary download (PDF, Word or Excel): which agency, period and partner, in which
 * language, and the document's number and confidentiality mark, so the log says who took a "MẬT" copy.
 */
@Component
class SummaryExports {

    private final AccessLog accessLog;

    SummaryExports(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    void record(String what, Summary summary, Locale locale, String fileName, SummaryDocument document) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("agency", summary.agency().code());
        parameters.put("from", summary.period().from());
        parameters.put("to", summary.period().to());
        parameters.put("partnerAgency", summary.partnerAgency() == null ? null : summary.partnerAgency().code());
        parameters.put("partnerCountry", summary.partnerCountry());
        parameters.put("language", locale.getLanguage());
        parameters.put("file", fileName);
        parameters.put("number", document.number() == null || document.number().isBlank() ? null : document.number().strip());
        parameters.put("confidentiality", document.mark().mark());
        accessLog.export(what, parameters);
    }
}
