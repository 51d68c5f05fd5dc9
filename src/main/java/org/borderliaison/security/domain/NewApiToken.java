package org.borderliaison.security.domain;

/** A token just created, with its secret: shown to its owner this once, never stored or shown again. */
public record NewApiToken(ApiTokenView token, String secret) {
}
