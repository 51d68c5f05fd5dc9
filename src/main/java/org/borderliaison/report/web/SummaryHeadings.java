package org.borderliaison.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.report.Summary;
import org.borderliaison.shared.document.OfficialHeading;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The summary as an official report (báo cáo, "BC" in its number): the reporting agency issues it under its superior
 * (its own setting, else its parent at the end of the period), dated the day it is printed, with the agency's defaults for what staff left
 * unchanged.
 */
@Component
class SummaryHeadings {

    static final String DOCUMENT_TYPE = "BC";

    private final Agencies agencies;
    private final MessageSource messages;
    private final Clock clock;

    SummaryHeadings(Agencies agencies, MessageSource messages, Clock clock) {
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    OfficialHeading heading(Summary summary, SummaryDocument document, Locale locale) {
        AgencyView agency = agencies.require(summary.agency().id());
        DocumentSettings defaults = agency.documents();
        String superior = defaults.superior() != null ? defaults.superior() : superior(summary, locale);
        List<String> recipients = document.recipients() != null ? DocumentSettings.lines(document.recipients()) : defaults.recipientList();
        OfficialHeading.Signatory signatory = new OfficialHeading.Signatory(
                or(document.signatoryAuthority(), defaults.signatoryAuthority()),
                or(document.signatoryPosition(), defaults.signatoryPosition()),
                or(document.signatoryName(), defaults.signatoryName()));
        // the issuing agency as called in the period, today's name beside it where it was renamed since
        return new OfficialHeading(superior, SummaryBreakdowns.named(summary.agency(), locale, messages), document.number(), DOCUMENT_TYPE, defaults.symbol(),
                defaults.place(), LocalDate.now(clock), messages.getMessage("report.official.title", null, locale),
                messages.getMessage("report.official.subtitle", null, locale), recipients, signatory, document.mark());
    }

    /**
     * The parent the agency had on the day the summary names agencies by (the period's last day), named as it was
     * then with today's name beside where it differs, like the issuing agency: a commune police's 2024 report goes
     * under its district police, its report of a period after the district police ended under the province.
     */
    private String superior(Summary summary, Locale locale) {
        LocalDate day = summary.period().namingDay(LocalDate.now(clock));
        return agencies.parentOn(summary.agency().id(), day).map(parentId -> {
            Summary.AgencyRef parent = Summary.AgencyRef.of(agencies.require(parentId))
                    .calledAs(agencies.findAllNamedOn(Set.of(parentId), day).get(parentId));
            return SummaryBreakdowns.named(parent, locale, messages);
        }).orElse(null);
    }

    /** The document with the agency's defaults written in, for the page's form to show what will be printed. */
    SummaryDocument withDefaults(Summary summary, SummaryDocument document) {
        DocumentSettings defaults = agencies.require(summary.agency().id()).documents();
        return new SummaryDocument(document.number(),
                document.recipients() != null ? document.recipients() : String.join("\n", defaults.recipientList()),
                or(document.signatoryAuthority(), defaults.signatoryAuthority()),
                or(document.signatoryPosition(), defaults.signatoryPosition()),
                or(document.signatoryName(), defaults.signatoryName()), document.confidentiality());
    }

    private static String or(String chosen, String fallback) {
        return chosen != null ? chosen : fallback;
    }
}
