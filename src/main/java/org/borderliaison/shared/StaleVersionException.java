package org.borderliaison.shared;

/** Someone else saved the record since the user loaded it; the edit must not overwrite theirs. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
