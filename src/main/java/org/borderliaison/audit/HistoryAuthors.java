package org.borderliaison.audit;

import java.util.Locale;
import java.util.Optional;

/** Who a revision's user name belongs to, implemented by the module that keeps the accounts. */
public interface HistoryAuthors {

    /** The author behind {@code username}, their agency named in {@code locale}; empty for an unknown name. */
    Optional<Author> find(String username, Locale locale);

    /** The author as colleagues know them: display name and the name of their agency. */
    record Author(String name, String agency) {
    }
}
