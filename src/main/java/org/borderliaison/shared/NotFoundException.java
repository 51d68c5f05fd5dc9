package org.borderliaison.shared;

/**
 * A record that does not exist, or that lies outside the user's scope: both look the same from
 * outside so that a record's existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
