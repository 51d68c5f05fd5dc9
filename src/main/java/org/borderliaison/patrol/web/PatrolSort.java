package org.borderliaison.patrol.web;

import org.springframework.data.domain.Sort;

/** The orders the patrol list offers, by name in the query string; anything else falls back to newest first. */
enum PatrolSort {
    dateDesc(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"))),
    dateAsc(Sort.by(Sort.Order.asc("date"), Sort.Order.asc("id"))),
    personnelDesc(Sort.by(Sort.Order.desc("ourPersonnel"), Sort.Order.desc("date"), Sort.Order.desc("id")));

    private final Sort sort;

    PatrolSort(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }

    static PatrolSort named(String name) {
        for (PatrolSort candidate : values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return dateDesc;
    }
}
