package org.borderliaison.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.borderliaison.security.domain.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own personal API tokens, for scripts: the same service as the page /account/tokens. */
@RestController
@RequestMapping(path = "/api/v1/account/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API tokens", description = "Your personal API tokens: send one as `Authorization: Bearer <token>` instead of a password")
class ApiTokenRestController {

    private final ApiTokens tokens;

    ApiTokenRestController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Your tokens, newest first (revoked and expired ones included; never the secret)")
    List<ApiTokenJson.Row> list() {
        return tokens.own().stream().map(ApiTokenJson.Row::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the answer holds the secret, shown only this once",
            description = "Sign in with your password (HTTP Basic or the browser session) for this call: a token cannot create tokens (403).")
    ResponseEntity<ApiTokenJson.Created> create(@Valid @RequestBody ApiTokenJson.Create request) {
        ApiTokenJson.Created created = ApiTokenJson.Created.of(tokens.create(request.name(), request.expiresOn()));
        return ResponseEntity.created(URI.create("/api/v1/account/tokens")).body(created);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens: it is refused from the next request on")
    void revoke(@PathVariable long id) {
        tokens.revokeOwn(id);
    }
}
