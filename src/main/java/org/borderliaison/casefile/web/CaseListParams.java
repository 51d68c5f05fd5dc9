package org.borderliaison.casefile.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.borderliaison.agency.Country;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.domain.CaseFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's query string: filters, sort and page. A value that did not parse is left out of the search. */
public class CaseListParams {

    private String q;
    private CaseCategory category;
    private CaseStatus status;
    private Long leadAgencyId;
    private Long partnerAgencyId;
    private Country partnerCountry;
    private LocalDate openedFrom;
    private LocalDate openedTo;
    private String sort = CaseListing.DEFAULT_SORT;
    private int page;

    CaseFilter filter() {
        return new CaseFilter(q, category, status, leadAgencyId, partnerAgencyId, partnerCountry, openedFrom, openedTo);
    }

    /** This list's URL without the page number, for the pager. */
    String url() {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/cases");
        add(url, "q", q == null || q.isBlank() ? null : q);
        add(url, "category", category);
        add(url, "status", status);
        add(url, "leadAgencyId", leadAgencyId);
        add(url, "partnerAgencyId", partnerAgencyId);
        add(url, "partnerCountry", partnerCountry);
        add(url, "openedFrom", openedFrom == null ? null : date.format(openedFrom));
        add(url, "openedTo", openedTo == null ? null : date.format(openedTo));
        add(url, "sort", sort);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory category) {
        this.category = category;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public void setLeadAgencyId(Long leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
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

    public LocalDate getOpenedFrom() {
        return openedFrom;
    }

    public void setOpenedFrom(LocalDate openedFrom) {
        this.openedFrom = openedFrom;
    }

    public LocalDate getOpenedTo() {
        return openedTo;
    }

    public void setOpenedTo(LocalDate openedTo) {
        this.openedTo = openedTo;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
