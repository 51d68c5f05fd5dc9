package org.borderliaison.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created by a signed-in user for their own scripts (the secret is shown once), listed and
 * revoked by their owner and by administrators, and checked on every API request that presents one. A token is
 * {@code bl_} and 43 base64url characters (256 random bits); only its SHA-256 is stored.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    static final String PREFIX = "bl_";
    private static final Pattern FORMAT = Pattern.compile("bl_[A-Za-z0-9_-]{43}");
    private static final int VISIBLE_CHARACTERS = 8;
    public static final int MAX_NAME_LENGTH = 100;
    /** The last use is for people reading the list: to the hour is enough, and saves a write on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final AccessLog accessLog;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, AccessLog accessLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * A new token of the signed-in user. Only a user who signed in with their password (form or Basic) may create
     * one: a token that could create tokens would outlive its own expiry and revocation.
     */
    @Transactional
    public NewApiToken create(String name, LocalDate expiresOn) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new AccessDeniedException("a token cannot create tokens");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new BusinessRuleException("name", "token.error.nameRequired");
        }
        if (label.length() > MAX_NAME_LENGTH) {
            throw new BusinessRuleException("name", "token.error.nameTooLong", MAX_NAME_LENGTH);
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("expiresOn", "token.error.expiryNotInFuture");
        }
        UserAccount owner = currentAccount();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.saveAndFlush(new ApiToken(owner.getId(), label, hash(secret),
                secret.substring(0, PREFIX.length() + VISIBLE_CHARACTERS), Instant.now(clock), expiresOn));
        ApiTokenView view = token.toView(owner.getUsername());
        audit(AccessEvent.API_TOKEN_CREATED, view);
        return new NewApiToken(view, secret);
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    public List<ApiTokenView> own() {
        UserAccount owner = currentAccount();
        return tokens.findByAccountIdOrderByCreatedAtDescIdDesc(owner.getId()).stream()
                .map(token -> token.toView(owner.getUsername())).toList();
    }

    /** Revokes one of the signed-in user's own tokens; someone else's is not found. */
    @Transactional
    public ApiTokenView revokeOwn(long id) {
        UserAccount owner = currentAccount();
        ApiToken token = tokens.findById(id).filter(found -> found.getAccountId() == owner.getId())
                .orElseThrow(() -> new NotFoundException("ApiToken", id));
        return revoked(token, owner.getUsername());
    }

    /** Every account's tokens, or one user's (exact username), newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<ApiTokenView> all(String username, Pageable pageable) {
        Page<Object[]> rows = username == null || username.isBlank() ? tokens.findAllWithUsername(pageable)
                : tokens.findByUsername(username.strip(), pageable);
        return rows.map(row -> ((ApiToken) row[0]).toView((String) row[1]));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ApiTokenView revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("ApiToken", id));
        return revoked(token, accounts.findById(token.getAccountId()).map(UserAccount::getUsername).orElse(""));
    }

    /**
     * The account a presented token signs in, or empty when the token is malformed, unknown, revoked or expired, or
     * its account disabled. One indexed look-up reads the token with its account, so a disabled account or a
     * revocation takes effect at the next request; the last use is written at most once per {@link #LAST_USE_PRECISION}.
     */
    @Transactional
    public Optional<AccountPrincipal> authenticate(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findPresented(hash(presented))
                .filter(token -> token.revokedAt() == null)
                .filter(token -> token.expiresOn() == null || !token.expiresOn().isBefore(LocalDate.now(clock)))
                .filter(token -> token.account().isEnabled())
                .map(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
                        tokens.markUsed(token.tokenId(), now, now.minus(LAST_USE_PRECISION));
                    }
                    return token.account().toPrincipal();
                });
    }

    private ApiTokenView revoked(ApiToken token, String owner) {
        ApiTokenView before = token.toView(owner);
        token.revoke(CurrentUser.username(), Instant.now(clock));
        if (!before.revoked()) {
            audit(AccessEvent.API_TOKEN_REVOKED, before);
        }
        return token.toView(owner);
    }

    private void audit(AccessEvent event, ApiTokenView token) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("account", token.username());
        parameters.put("token", token.prefix());
        parameters.put("tokenName", token.name());
        parameters.put("expiresOn", token.expiresOn());
        accessLog.event(event, "api-token", parameters, null);
    }

    private UserAccount currentAccount() {
        return accounts.findByUsernameIgnoreCase(CurrentUser.username())
                .orElseThrow(() -> new NotFoundException("UserAccount", CurrentUser.username()));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
