package org.borderliaison.casefile.web;

import java.util.ArrayList;
import java.util.List;

/** One row of a case form's list of linked records (a patrol, an agreement): the chosen record's id. */
public class LinkRow {

    private Long id;

    public LinkRow() {
    }

    LinkRow(Long id) {
        this.id = id;
    }

    static List<LinkRow> of(List<Long> ids) {
        return new ArrayList<>(ids.stream().map(LinkRow::new).toList());
    }

    static List<Long> ids(List<LinkRow> rows) {
        return rows.stream().map(LinkRow::getId).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
