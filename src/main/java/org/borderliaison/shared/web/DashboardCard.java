package org.borderliaison.shared.web;

import java.util.Map;

/**
 * A card on the home page, contributed by a module (agreements about to expire, follow-up actions
 * due...). The home page renders every card bean in {@link #order()}, so modules add cards without
 * the dashboard depending on them.
 */
public interface DashboardCard {

    /** The Thymeleaf fragment to render, e.g. {@code "agreement/cards :: expiring"}. */
    String fragment();

    /** The model the fragment reads, computed for the signed-in user (and within their scope). */
    Map<String, Object> model();

    default int order() {
        return 100;
    }
}
