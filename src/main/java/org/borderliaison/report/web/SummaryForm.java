package org.borderliaison.report.web;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import jakarta.validation.constraints.Size;
import org.borderliaison.report.SummaryQuery;
import org.borderliaison.shared.document.Confidentiality;

/**
 * The selectors of the summary page, bound from its query string (dates as dd/MM/yyyy), and what staff change on the
 * printed document (SummaryDocument).
 */
public class SummaryForm {

    private Long agencyId;
    private LocalDate from;
    private LocalDate to;
    private Long partnerAgencyId;
    private Country partnerCountry;
    @Size(max = 20)
    private String number;
    @Size(max = 2000)
    private String recipients;
    @Size(max = 200)
    private String signatoryAuthority;
    @Size(max = 200)
    private String signatoryPosition;
    @Size(max = 200)
    private String signatoryName;
    private Confidentiality confidentiality;

    SummaryQuery toQuery() {
        return new SummaryQuery(agencyId, from, to, partnerAgencyId, partnerCountry);
    }

    SummaryDocument document() {
        return new SummaryDocument(number, recipients, signatoryAuthority, signatoryPosition, signatoryName, confidentiality);
    }

    /** Shows what will be printed: the agency's defaults where nothing was chosen. */
    void show(SummaryDocument document) {
        this.recipients = document.recipients();
        this.signatoryAuthority = document.signatoryAuthority();
        this.signatoryPosition = document.signatoryPosition();
        this.signatoryName = document.signatoryName();
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public void setPartnerAgencyId(Long partnerAgencyId) {
        this.partnerAgencyId = partnerAgencyId;
    }

    public Country getPartnerCountry() {
        return partnerCountry;
    }

    public void setPartnerCountry(Country partnerCountry) {
        this.partnerCountry = partnerCountry;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getSignatoryAuthority() {
        return signatoryAuthority;
    }

    public void setSignatoryAuthority(String signatoryAuthority) {
        this.signatoryAuthority = signatoryAuthority;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public void setSignatoryPosition(String signatoryPosition) {
        this.signatoryPosition = signatoryPosition;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }
}
