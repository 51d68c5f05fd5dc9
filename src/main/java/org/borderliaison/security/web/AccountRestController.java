package org.borderliaison.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.security.domain.UserAccountService;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over JSON, for administrators' provisioning scripts: the same service and rules as /admin/accounts.
 * Everyone else gets 403. No {@code @Validated}: Spring MVC's own method validation checks the paging bounds and
 * answers 400 problem details (a class-level {@code @Validated} proxy would throw ConstraintViolationException, a 500).
 */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts", description = "User accounts (administrators only): list, create, update, disable, reset the password, lift sign-in throttles")
class AccountRestController {

    private final UserAccountService accounts;
    private final AccessLog accessLog;

    AccountRestController(UserAccountService accounts, AccessLog accessLog) {
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    @GetMapping
    @Operation(summary = "List accounts", description = "q matches the username or the display name, any case")
    PageResult<AccountJson.Row> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String query = q == null || q.isBlank() ? null : q.strip();
        return PageResult.of(accounts.list(query, Paging.of(page, size, Sort.unsorted())), AccountJson.Row::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    AccountJson.Detail get(@PathVariable long id) {
        return AccountJson.Detail.of(accounts.get(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The account's changes, newest first, in the reader's language",
            description = "Name, agency, roles, enabled; a password reset or change shows as such, never the password")
    List<HistoryEntry> history(@PathVariable long id) {
        return accounts.history(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account", description = "The password must follow the password rules; refusals are 422 with the field")
    ResponseEntity<AccountJson.Detail> create(@Valid @RequestBody AccountRequests.Create request) {
        UserAccount account = accounts.create(request.username(), request.password(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.getId())).body(AccountJson.Detail.of(account));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an account's name, agency, roles and whether it is enabled; a stale version is refused with 409")
    AccountJson.Detail update(@PathVariable long id, @Valid @RequestBody AccountRequests.Update request) {
        return AccountJson.Detail.of(accounts.update(id, request.version(), request.details()));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account; a stale version is refused with 409")
    AccountJson.Detail disable(@PathVariable long id, @Valid @RequestBody AccountRequests.Version request) {
        return AccountJson.Detail.of(accounts.disable(id, request.version()));
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "Set a new random password, returned once; the user must change it at the next sign-in")
    AccountJson.PasswordReset resetPassword(@PathVariable long id, @Valid @RequestBody AccountRequests.Version request,
            HttpServletRequest http) {
        String password = accounts.resetPassword(id, request.version());
        String username = accounts.get(id).getUsername();
        accessLog.record(username, AccessEvent.PASSWORD_CHANGED, "reset by " + CurrentUser.username(), http.getRemoteAddr());
        return new AccountJson.PasswordReset(username, password);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift every sign-in throttle naming the account's username")
    AccountJson.Unlock unlock(@PathVariable long id) {
        int lifted = accounts.unlock(id);
        return new AccountJson.Unlock(accounts.get(id).getUsername(), lifted);
    }
}
