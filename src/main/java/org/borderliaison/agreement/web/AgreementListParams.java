package org.borderliaison.agreement.web;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.domain.AgreementFilter;
import org.borderliaison.shared.CooperationField;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters, sort and page of the agreement list, bound from the query string of the page and the API
 * ({@code ?signedFrom=01/01/2024&partnerCountry=LA&text=vinh&sort=validTo,asc&page=1}).
 */
public class AgreementListParams {

    private LocalDate signedFrom;
    private LocalDate signedTo;
    private AgreementKind kind;
    private Country partnerCountry;
    private Long partnerAgencyId;
    private Long ourAgencyId;
    private CooperationField field;
    private AgreementStatus status;
    /** Free text; not "q", which the agency pickers of the filter form submit as their own search box. */
    private String text;
    private String sort = "signedOn,desc";
    private int page;

    AgreementFilter filter() {
        return new AgreementFilter(signedFrom, signedTo, kind, partnerCountry, partnerAgencyId, ourAgencyId, field, status, text);
    }

    /** {@code "property,direction"}; the service ignores properties it does not sort by. */
    Sort toSort() {
        String[] parts = sort == null ? new String[0] : sort.split(",");
        if (parts.length == 0 || parts[0].isBlank()) {
            return Sort.by(Sort.Direction.DESC, "signedOn");
        }
        Sort.Direction direction = parts.length > 1 && "asc".equalsIgnoreCase(parts[1].strip()) ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(direction, parts[0].strip());
    }

    public String sortProperty() {
        return toSort().iterator().next().getProperty();
    }

    public boolean sortAscending() {
        return toSort().iterator().next().isAscending();
    }

    /** The list's URL with these filters and the given sort, without a page (the pager adds it). */
    String url(String path, String sortValue) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "signedFrom", signedFrom == null ? null : Dates.format(signedFrom));
        add(url, "signedTo", signedTo == null ? null : Dates.format(signedTo));
        add(url, "kind", kind);
        add(url, "partnerCountry", partnerCountry);
        add(url, "partnerAgencyId", partnerAgencyId);
        add(url, "ourAgencyId", ourAgencyId);
        add(url, "field", field);
        add(url, "status", status);
        add(url, "text", text == null || text.isBlank() ? null : text);
        add(url, "sort", sortValue);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    public LocalDate getSignedFrom() {
        return signedFrom;
    }

    public void setSignedFrom(LocalDate signedFrom) {
        this.signedFrom = signedFrom;
    }

    public LocalDate getSignedTo() {
        return signedTo;
    }

    public void setSignedTo(LocalDate signedTo) {
        this.signedTo = signedTo;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public Country getPartnerCountry() {
        return partnerCountry;
    }

    public void setPartnerCountry(Country partnerCountry) {
        this.partnerCountry = partnerCountry;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public void setPartnerAgencyId(Long partnerAgencyId) {
        this.partnerAgencyId = partnerAgencyId;
    }

    public Long getOurAgencyId() {
        return ourAgencyId;
    }

    public void setOurAgencyId(Long ourAgencyId) {
        this.ourAgencyId = ourAgencyId;
    }

    public CooperationField getField() {
        return field;
    }

    public void setField(CooperationField field) {
        this.field = field;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
        this.page = Math.max(0, page);
    }
}
