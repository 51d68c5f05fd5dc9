package org.borderliaison.report.web;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.report.SummaryQuery;

/** The selectors of the summary page, bound from its query string (dates as dd/MM/yyyy). */
public class SummaryForm {

    private Long agencyId;
    private LocalDate from;
    private LocalDate to;
    private Long partnerAgencyId;
    private Country partnerCountry;

    SummaryQuery toQuery() {
        return new SummaryQuery(agencyId, from, to, partnerAgencyId, partnerCountry);
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
}
