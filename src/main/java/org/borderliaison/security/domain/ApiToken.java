package org.borderliaison.security.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal API token: a script's credential for the API, owned by one account and acting with its roles and scope.
 * Only the SHA-256 of the secret is stored. Not an audited record: creation and revocation go to the access log.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String name;

    private String tokenHash;

    private String prefix;

    private Instant createdAt;

    private LocalDate expiresOn;

    private Instant lastUsedAt;

    private Instant revokedAt;

    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(long accountId, String name, String tokenHash, String prefix, Instant createdAt, LocalDate expiresOn) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    ApiTokenView toView(String username) {
        return new ApiTokenView(id, username, name, prefix, createdAt, expiresOn, lastUsedAt, revokedAt, revokedBy);
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }
}
