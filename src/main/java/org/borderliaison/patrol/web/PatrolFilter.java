package org.borderliaison.patrol.web;

import java.time.LocalDate;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolSearch;

/** The filters of the patrol list, bound from the query string (a form object so the agency pickers work). */
public class PatrolFilter {

    private PatrolKind kind;
    private LocalDate from;
    private LocalDate to;
    private Long ourAgencyId;
    private Long partnerAgencyId;
    private String text;
    private String sort = "dateDesc";

    PatrolSearch search() {
        return new PatrolSearch(kind, from, to, ourAgencyId, partnerAgencyId, text);
    }

    public PatrolKind getKind() {
        return kind;
    }

    public void setKind(PatrolKind kind) {
        this.kind = kind;
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

    public Long getOurAgencyId() {
        return ourAgencyId;
    }

    public void setOurAgencyId(Long ourAgencyId) {
        this.ourAgencyId = ourAgencyId;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public void setPartnerAgencyId(Long partnerAgencyId) {
        this.partnerAgencyId = partnerAgencyId;
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
}
