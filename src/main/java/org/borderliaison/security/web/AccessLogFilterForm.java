package org.borderliaison.security.web;

import java.time.LocalDate;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLogFilter;

/** The filters of the access log page, bound from the query string: user, event, days from/to. */
public class AccessLogFilterForm {

    private String username;
    private AccessEvent event;
    private LocalDate from;
    private LocalDate to;

    AccessLogFilter filter() {
        return new AccessLogFilter(username == null || username.isBlank() ? null : username.strip(), event, from, to);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AccessEvent getEvent() {
        return event;
    }

    public void setEvent(AccessEvent event) {
        this.event = event;
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
}
