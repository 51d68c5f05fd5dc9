package org.borderliaison.shared.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a form's check boxes or multiple select chose. */
public final class Choices {

    private Choices() {
    }

    /**
     * The chosen values, without the nulls that empty values bind to ({@code fields=,} or {@code roles= }): no form
     * sends them, and a set holding one breaks whoever reads it.
     */
    public static <E extends Enum<E>> Set<E> of(Collection<E> values, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }
}
