package org.borderliaison.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import org.borderliaison.security.domain.ApiTokenView;
import org.borderliaison.security.domain.NewApiToken;

/** Personal API tokens over JSON: what the API accepts and answers. The secret appears only in {@link Created}. */
final class ApiTokenJson {

    private ApiTokenJson() {
    }

    @Schema(name = "ApiTokenCreate")
    record Create(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "what the token is for; at most 100 characters") String name,
            @Schema(description = "the last day the token is accepted (after today); none: until revoked") LocalDate expiresOn) {
    }

    @Schema(name = "ApiTokenCreated", description = "The new token: send `token` as `Authorization: Bearer <token>`. It is shown only this once.")
    record Created(long id, String name, String prefix, String token, Instant createdAt, @Schema(nullable = true) LocalDate expiresOn) {

        static Created of(NewApiToken created) {
            ApiTokenView token = created.token();
            return new Created(token.id(), token.name(), token.prefix(), created.secret(), token.createdAt(), token.expiresOn());
        }
    }

    @Schema(name = "ApiToken")
    record Row(long id, String name, String prefix, Instant createdAt, @Schema(nullable = true) LocalDate expiresOn,
            @Schema(nullable = true) Instant lastUsedAt, @Schema(nullable = true) Instant revokedAt) {

        static Row of(ApiTokenView token) {
            return new Row(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresOn(), token.lastUsedAt(),
                    token.revokedAt());
        }
    }
}
