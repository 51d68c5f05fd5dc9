package org.borderliaison.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Names the records of one {@link Reference} kind for history, so that a field holding an id reads as a name. The
 * module owning the records declares one as a bean; audit depends on none of them.
 */
public interface ReferenceNames {

    Reference reference();

    /** The name people know the record by, in {@code locale} where the record has one; empty for an unknown id. */
    Optional<String> name(long id, Locale locale);

    static ReferenceNames of(Reference reference, BiFunction<Long, Locale, Optional<String>> lookup) {
        return new ReferenceNames() {
            @Override
            public Reference reference() {
                return reference;
            }

            @Override
            public Optional<String> name(long id, Locale locale) {
                return lookup.apply(id, locale);
            }
        };
    }
}
