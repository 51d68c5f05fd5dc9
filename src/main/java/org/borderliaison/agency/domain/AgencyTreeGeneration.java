package org.borderliaison.agency.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored generation of the agency tree (V109): advanced in the transaction of every change, read by every instance
 * to know whether the scopes it keeps still belong to the tree (several instances share one database, and an event
 * reaches only the instance that made the change).
 */
@Repository
public class AgencyTreeGeneration {

    private final JdbcTemplate jdbc;

    AgencyTreeGeneration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        Long generation = jdbc.queryForObject("select generation from agency_tree_generation where id = 1", Long.class);
        return generation == null ? 0 : generation;
    }

    /** Within the changing transaction: the readers of every instance work their scopes out again once it commits. */
    void advance() {
        jdbc.update("update agency_tree_generation set generation = generation + 1 where id = 1");
    }
}
