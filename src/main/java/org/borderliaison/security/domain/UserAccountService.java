package org.borderliaison.security.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.borderliaison.agency.Agencies;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: administration, own password, the first administrator. Passwords follow {@link PasswordPolicy}. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    /** Lower-case ASCII letters, digits, dot, dash and underscore: easy to type and to read out on the phone. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String FIRST_ADMINISTRATOR = "admin";

    private final UserAccountRepository accounts;
    private final Agencies agencies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottles throttles;
    private final Clock clock;
    private final RecordHistory history;

    UserAccountService(UserAccountRepository accounts, Agencies agencies, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, SignInThrottles throttles, Clock clock, RecordHistory history) {
        this.history = history;
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttles = throttles;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserAccount> search(String query, Pageable pageable) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return accounts.search(pattern, pageable);
    }

    /** A page of accounts for the administrators' list, with agencies and throttles resolved in one query each. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> list(String query, Pageable pageable) {
        Page<UserAccount> page = search(query, pageable);
        List<Long> agencyIds = page.stream().map(UserAccount::getAgencyId).distinct().toList();
        Map<Long, AgencyView> agencyViews = agencies.findAll(agencyIds);
        Map<String, Instant> throttled = throttles.blockedUsernames(page.stream().map(UserAccount::getUsername).toList());
        return page.map(account -> {
            Instant until = account.isEnabled() ? throttled.get(account.getUsername()) : null;
            AccountStatus status = until != null ? AccountStatus.THROTTLED : account.status();
            return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                    agencyViews.get(account.getAgencyId()), account.getRoles(), status, until,
                    account.isPasswordMustChange());
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    /** The account's changes, newest first, in the reader's language (the password itself is never in history). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(UserAccount.class, id);
    }

    public UserAccount current() {
        return accounts.findByUsernameIgnoreCase(CurrentUser.username())
                .orElseThrow(() -> new NotFoundException("UserAccount", CurrentUser.username()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(String username, String password, AccountDetails details) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessRuleException("username", "account.username.pattern");
        }
        if (accounts.existsByUsernameIgnoreCase(name)) {
            throw new BusinessRuleException("username", "account.error.usernameTaken", name);
        }
        requireRoles(details);
        requireKnownAgency(details.agencyId());
        passwordPolicy.check(name, password, "password");
        UserAccount account = new UserAccount(name, details.displayName().strip(), passwordEncoder.encode(password),
                details.agencyId(), details.roles(), Instant.now(clock));
        if (!details.enabled()) {
            account.update(account.getDisplayName(), details.agencyId(), details.roles(), false);
        }
        return accounts.saveAndFlush(account);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, long version, AccountDetails details) {
        UserAccount account = get(id);
        account.checkVersion(version);
        requireRoles(details);
        requireKnownAgency(details.agencyId());
        boolean self = account.getUsername().equalsIgnoreCase(CurrentUser.username());
        if (self && (!details.enabled() || !details.roles().contains(Role.ADMIN))) {
            // An administrator locking themselves out could leave nobody to repair it.
            throw new BusinessRuleException("roles", "account.error.selfDemotion");
        }
        account.update(details.displayName().strip(), details.agencyId(), details.roles(), details.enabled());
        return accounts.saveAndFlush(account);
    }

    /** Disables an account (the API's shortcut for an update with {@code enabled = false}). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount disable(long id, long version) {
        UserAccount account = get(id);
        return update(id, version, new AccountDetails(account.getDisplayName(), account.getAgencyId(), account.getRoles(), false));
    }

    /**
     * Sets a new random password and returns it, to be handed to the user once; the user must replace it at their
     * next sign-in. Throttles on the username are lifted, so the user can sign in with it at once.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id, long version) {
        UserAccount account = get(id);
        account.checkVersion(version);
        String password = randomPassword(account.getUsername());
        account.changePassword(passwordEncoder.encode(password), true, Instant.now(clock));
        accounts.saveAndFlush(account);
        throttles.liftForUsername(account.getUsername());
        return password;
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = current();
        String hash = account.toPrincipal().getPassword();
        if (currentPassword == null || !matches(currentPassword, hash)) {
            throw new BusinessRuleException("currentPassword", "account.error.wrongPassword");
        }
        passwordPolicy.check(account.getUsername(), newPassword, "newPassword");
        if (matches(newPassword, hash)) {
            throw new BusinessRuleException("newPassword", "account.error.samePassword");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false, Instant.now(clock));
    }

    /** Whether the signed-in user must still replace a password they were given; read fresh from the database. */
    public boolean passwordMustChange(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::isPasswordMustChange).orElse(false);
    }

    /** bcrypt reads only 72 bytes (and Spring's refuses more): a longer typed password cannot be the stored one. */
    private boolean matches(String password, String hash) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES
                && passwordEncoder.matches(password, hash);
    }

    /** "Unlock" an account: lift every sign-in throttle naming its username. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int unlock(long id) {
        return throttles.liftForUsername(get(id).getUsername());
    }

    /**
     * Creates the first administrator when no account exists. Returns the generated password when none
     * was configured, so the caller can print it once; "" when the configured one was used; empty when nothing
     * was created. A generated password must be changed at the first sign-in; a configured one must pass the
     * password rules, or the start fails with the reason (the operator chose it and can choose again).
     */
    @Transactional
    public java.util.Optional<String> createFirstAdministrator(String configuredPassword, long agencyId) {
        if (accounts.count() > 0) {
            return java.util.Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        if (!generate) {
            passwordPolicy.violation(FIRST_ADMINISTRATOR, configuredPassword).ifPresent(rule -> {
                throw new IllegalStateException("LIAISON_ADMIN_PASSWORD breaks the password rules (" + rule
                        + "): use " + passwordPolicy.minLength() + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters, not a common password, not containing the username 'admin', "
                        + "without runs like 1234, abcd, qwerty or aaaa.");
            });
        }
        String password = generate ? randomPassword(FIRST_ADMINISTRATOR) : configuredPassword;
        String hash = passwordEncoder.encode(password);
        UserAccount admin = new UserAccount(FIRST_ADMINISTRATOR, "Administrator", hash, agencyId,
                java.util.EnumSet.of(Role.ADMIN), Instant.now(clock));
        admin.changePassword(hash, generate, Instant.now(clock));
        accounts.saveAndFlush(admin);
        return generate ? java.util.Optional.of(password) : java.util.Optional.of("");
    }

    private void requireKnownAgency(long agencyId) {
        if (agencies.find(agencyId).isEmpty()) {
            throw new BusinessRuleException("agencyId", "account.error.unknownAgency");
        }
    }

    private static void requireRoles(AccountDetails details) {
        if (details.roles() == null || details.roles().isEmpty()) {
            throw new BusinessRuleException("roles", "account.error.noRole");
        }
    }

    /** 16 random characters (about 93 bits), drawn again in the rare case one breaks a rule (a run like "abcde"). */
    private String randomPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
            if (passwordPolicy.violation(username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
