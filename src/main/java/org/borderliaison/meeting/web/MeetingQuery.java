package org.borderliaison.meeting.web;

import java.time.LocalDate;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MeetingFilter;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.DatedAgencies;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters and sort as the page's query string and the API's parameters carry them. An agency
 * filter means the agency and its sub-tree: "Yunnan" finds the meetings with Honghe and Hekou too.
 */
public class MeetingQuery {

    private LocalDate from;
    private LocalDate to;
    private MeetingKind kind;
    private Country partnerCountry;
    private Long partnerAgencyId;
    private Long ourAgencyId;
    private CooperationField field;
    private MeetingStatus status;
    /** Free text, matched accent- and case-insensitively (not "q": the agency pickers of the filter form send that). */
    private String text;
    /** {@code date}, {@code -date} (the default: newest first), {@code kind} or {@code -kind}. */
    private String sort = "-date";

    MeetingFilter toFilter(Agencies agencies) {
        return MeetingFilter.overTime(from, to, kind, partnerCountry, subTree(partnerAgencyId, agencies),
                subTree(ourAgencyId, agencies), field, status, text);
    }

    /** The agency's sub-tree by the meeting's date; an unknown agency matches nothing rather than failing the whole list. */
    private static DatedAgencies subTree(Long agencyId, Agencies agencies) {
        return agencyId == null ? null : agencies.subTreeOverTime(agencyId);
    }

    Sort toSort() {
        boolean descending = sort == null || sort.startsWith("-");
        String key = sort == null ? "date" : sort.replaceFirst("^-", "");
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        if ("kind".equals(key)) {
            return Sort.by(direction, "kind").and(Sort.by(Sort.Direction.DESC, "startDate", "id"));
        }
        return Sort.by(direction, "startDate", "id");
    }

    /** The query string of these filters (without page), for paging and sorting links. */
    String queryString(String newSort) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        add(builder, "from", from == null ? null : QueryDates.format(from));
        add(builder, "to", to == null ? null : QueryDates.format(to));
        add(builder, "kind", kind);
        add(builder, "partnerCountry", partnerCountry);
        add(builder, "partnerAgencyId", partnerAgencyId);
        add(builder, "ourAgencyId", ourAgencyId);
        add(builder, "field", field);
        add(builder, "status", status);
        add(builder, "text", text == null || text.isBlank() ? null : text);
        add(builder, "sort", newSort);
        return builder.build().encode().getQuery();
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
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

    public MeetingStatus getStatus() {
        return status;
    }

    public void setStatus(MeetingStatus status) {
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

    /**
     * Kept out of the query object's own fields: springdoc lists every field of a parameter object, static ones
     * included, so a formatter here showed up in the API document as DATE.resolverStyle and the like.
     */
    private static final class QueryDates {

        private static final java.time.format.DateTimeFormatter DISPLAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");

        static String format(LocalDate date) {
            return DISPLAY.format(date);
        }
    }
}
