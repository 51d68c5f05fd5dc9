package org.borderliaison.security.domain;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.security.SecurityProperties;
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

/** Accounts: administration, own password, and the failure counting behind the lockout. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Lower-case ASCII letters, digits, dot, dash and underscore: easy to type and to read out on the phone. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final Agencies agencies;
    private final PasswordEncoder passwordEncoder;
    private final SecurityProperties properties;
    private final Clock clock;
    private final EntityManager entityManager;

    UserAccountService(UserAccountRepository accounts, Agencies agencies, PasswordEncoder passwordEncoder,
            SecurityProperties properties, Clock clock, EntityManager entityManager) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserAccount> search(String query, Pageable pageable) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return accounts.search(pattern, pageable);
    }

    /** A page of accounts for the administrators' list, with agencies and lock state resolved in two queries. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> list(String query, Pageable pageable) {
        Page<UserAccount> page = search(query, pageable);
        List<Long> agencyIds = page.stream().map(UserAccount::getAgencyId).distinct().toList();
        Map<Long, AgencyView> agencyViews = agencies.findAll(agencyIds);
        Instant now = Instant.now(clock);
        return page.map(account -> {
            AccountStatus status = account.status(now);
            return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                    agencyViews.get(account.getAgencyId()), account.getRoles(), status,
                    status == AccountStatus.LOCKED ? account.getLockedUntil() : null);
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
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
        requireStrong(password, "password");
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

    /** Sets a new random password and returns it, to be handed to the user once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id, long version) {
        UserAccount account = get(id);
        account.checkVersion(version);
        String password = randomPassword();
        account.changePassword(passwordEncoder.encode(password), Instant.now(clock));
        accounts.saveAndFlush(account);
        return password;
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = current();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.toPrincipal(Instant.now(clock)).getPassword())) {
            throw new BusinessRuleException("currentPassword", "account.error.wrongPassword");
        }
        requireStrong(newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.toPrincipal(Instant.now(clock)).getPassword())) {
            throw new BusinessRuleException("newPassword", "account.error.samePassword");
        }
        account.changePassword(passwordEncoder.encode(newPassword), Instant.now(clock));
    }

    /** Counts a failed sign-in; answers whether this failure locked the account. */
    @Transactional
    public boolean recordFailedSignIn(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(account -> {
            boolean locked = account.recordFailure(properties.maxFailedAttempts(), properties.lockDuration(), Instant.now(clock));
            saveSignInState(account);
            return locked;
        }).orElse(false);
    }

    @Transactional
    public void recordSuccessfulSignIn(String username) {
        accounts.findByUsernameIgnoreCase(username).filter(account -> account.getFailedAttempts() > 0 || account.getLockedUntil() != null)
                .ifPresent(account -> {
                    account.recordSuccess();
                    saveSignInState(account);
                });
    }

    /** Detached first, so the entity's own flush (version, updated-by, history) never writes these changes. */
    private void saveSignInState(UserAccount account) {
        entityManager.detach(account);
        accounts.saveSignInState(account.getId(), account.getFailedAttempts(), account.getLockedUntil());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long id) {
        get(id).unlock();
    }

    /**
     * Creates the first administrator when no account exists. Returns the generated password when none
     * was configured, so the caller can print it once; empty when nothing was created or it was configured.
     */
    @Transactional
    public java.util.Optional<String> createFirstAdministrator(String configuredPassword, long agencyId) {
        if (accounts.count() > 0) {
            return java.util.Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomPassword() : configuredPassword;
        accounts.saveAndFlush(new UserAccount("admin", "Administrator", passwordEncoder.encode(password), agencyId,
                java.util.EnumSet.of(Role.ADMIN), Instant.now(clock)));
        return generate ? java.util.Optional.of(password) : java.util.Optional.of("");
    }

    public Instant now() {
        return Instant.now(clock);
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

    private static void requireStrong(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException(field, "account.error.weakPassword", MIN_PASSWORD_LENGTH);
        }
    }

    private static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
