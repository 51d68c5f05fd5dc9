package org.borderliaison.security.web;

import java.time.LocalDate;

/** A new personal API token: what it is for, and optionally the last day it is accepted. */
class ApiTokenForm {

    private String name;

    private LocalDate expiresOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
