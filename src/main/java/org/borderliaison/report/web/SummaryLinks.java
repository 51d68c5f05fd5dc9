package org.borderliaison.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.report.Summary;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The record lists behind each figure of a summary, with the summary's filters as far as each list supports them
 * (the patrol list has no partner-country filter, the handover list no agency filters: it lists what the reader
 * may see).
 */
public final class SummaryLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Summary summary;
    private final SummaryDocument document;

    SummaryLinks(Summary summary, SummaryDocument document) {
        this.summary = summary;
        this.document = document;
    }

    public String meetings(MeetingKind kind) {
        return partners(dated("/meetings", "from", "to").queryParam("kind", kind).queryParam("status", "RECORDED")
                .queryParam("ourAgencyId", summary.agency().id()), true);
    }

    public String agreements(AgreementKind kind) {
        return partners(dated("/agreements", "signedFrom", "signedTo").queryParam("kind", kind)
                .queryParam("ourAgencyId", summary.agency().id()), true);
    }

    public String patrols(PatrolKind kind) {
        return partners(dated("/patrols", "from", "to").queryParam("kind", kind)
                .queryParam("ourAgencyId", summary.agency().id()), false);
    }

    public String cases(CaseCategory category) {
        return partners(dated("/cases", "openedFrom", "openedTo").queryParam("category", category)
                .queryParam("leadAgencyId", summary.agency().id()), true);
    }

    public String handovers(HandoverDirection direction, HandoverCategory category) {
        UriComponentsBuilder url = dated("/handovers", "from", "to").queryParam("direction", direction).queryParam("category", category);
        if (summary.partnerCountry() != null) {
            url.queryParam("partnerCountry", summary.partnerCountry());
        }
        return url.build().toUriString();
    }

    /**
     * A download of the summary ({@code /reports/summary.pdf}, {@code .docx}, {@code .xlsx}) with the API's
     * parameters: ISO dates, the agency and the partner filters, and what staff changed on this document.
     */
    public String download(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("agencyId", summary.agency().id())
                .queryParam("from", summary.period().from().toString()).queryParam("to", summary.period().to().toString());
        if (summary.partnerAgency() != null) {
            url.queryParam("partnerAgencyId", summary.partnerAgency().id());
        }
        if (summary.partnerCountry() != null) {
            url.queryParam("partnerCountry", summary.partnerCountry());
        }
        optional(url, "number", document.number());
        optional(url, "recipients", document.recipients());
        optional(url, "signatoryAuthority", document.signatoryAuthority());
        optional(url, "signatoryPosition", document.signatoryPosition());
        optional(url, "signatoryName", document.signatoryName());
        if (document.mark().marked()) {
            url.queryParam("confidentiality", document.mark());
        }
        return url.encode().build().toUriString();
    }

    private static void optional(UriComponentsBuilder url, String name, String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private UriComponentsBuilder dated(String path, String fromName, String toName) {
        return UriComponentsBuilder.fromPath(path).queryParam(fromName, format(summary.period().from()))
                .queryParam(toName, format(summary.period().to()));
    }

    private String partners(UriComponentsBuilder url, boolean byCountry) {
        if (summary.partnerAgency() != null) {
            url.queryParam("partnerAgencyId", summary.partnerAgency().id());
        }
        if (byCountry && summary.partnerCountry() != null) {
            url.queryParam("partnerCountry", summary.partnerCountry());
        }
        return url.encode().build().toUriString();
    }

    private static String format(LocalDate date) {
        return DATE.format(date);
    }
}
