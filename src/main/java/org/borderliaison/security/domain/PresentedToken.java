package org.borderliaison.security.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What a request with a token needs, read in one look-up of the unique hash index: the token's state and its account. */
record PresentedToken(long tokenId, LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt, UserAccount account) {
}
