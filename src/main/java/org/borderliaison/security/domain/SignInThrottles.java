package org.borderliaison.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderliaison.security.SecurityProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling with growing delays, kept in the database so that every instance applies it.
 *
 * <p>Each failed sign-in counts under three keys (see {@link SecurityProperties.Throttle}): the (username, client
 * address) pair, the client address, and the username. A key past its rule's threshold refuses attempts for a delay
 * that doubles with each further failure, up to a cap. Why three keys: the pair key stops a guesser at one address
 * quickly (5 failures) without touching the owner signing in from elsewhere; the address key stops one address
 * trying many usernames; the username key, much looser (100 failures), slows guessing spread over many addresses.
 * One address cannot reach the username threshold on its own: its own key refuses it first, with delays that grow
 * to an hour, so it manages a few dozen failures a day, and failures are forgotten after a day without one.
 *
 * <p>A refused attempt is not checked and not counted, so a guesser cannot lengthen a block by hammering it; the
 * keys do not depend on whether the username exists, so the answer is the same for unknown and existing ones.
 */
@Service
@Transactional(readOnly = true)
public class SignInThrottles {

    private final SignInThrottleRepository throttles;
    private final SecurityProperties.Throttle rules;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInThrottles(SignInThrottleRepository throttles, SecurityProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.throttles = throttles;
        this.rules = properties.throttle();
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long attempts with this username from this address are still refused; empty when they may go ahead. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = Instant.now(clock);
        List<String> keys = ThrottleKey.of(username, address).stream().map(ThrottleKey::value).toList();
        Instant until = throttles.blockedUntil(keys, now);
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed sign-in under its three keys; answers the kinds of throttle this failure started. */
    public Set<ThrottleKind> recordFailure(String username, String address) {
        Instant now = Instant.now(clock);
        Set<ThrottleKind> blocked = EnumSet.noneOf(ThrottleKind.class);
        for (ThrottleKey key : ThrottleKey.of(username, address)) {
            if (count(key, now)) {
                blocked.add(key.kind());
            }
        }
        ownTransaction.executeWithoutResult(status -> throttles.deleteForgotten(now.minus(rules.forgetAfter())));
        return blocked;
    }

    /** The right password from this address: that pair starts afresh. The address and username keys do not. */
    public void recordSuccess(String username, String address) {
        ownTransaction.executeWithoutResult(status -> throttles.deleteById(ThrottleKey.pair(username, address).value()));
    }

    /** Throttles still counting or refusing, those refusing first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<ThrottleView> current(Pageable pageable) {
        Instant now = Instant.now(clock);
        return throttles.current(now.minus(rules.forgetAfter()), now, pageable).map(SignInThrottle::toView);
    }

    /** The throttles naming this username (its pairs and the username key), refusing or still counting. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ThrottleView> forUsername(String username) {
        return throttles.findByUsernameOrderByLastFailureAtDesc(ThrottleKey.username(username)).stream()
                .map(SignInThrottle::toView).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void lift(String key) {
        // Two administrators lifting the same throttle, or one that ran out meanwhile: nothing left to lift is no error.
        throttles.findById(key == null ? "" : key).ifPresent(throttles::delete);
    }

    /** Lifts every throttle naming this username (its pairs and the username key); answers how many. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int liftForUsername(String username) {
        return throttles.deleteByUsername(ThrottleKey.username(username));
    }

    /** Of these usernames, those refused now, with the end of their longest refusal. */
    public Map<String, Instant> blockedUsernames(Collection<String> usernames) {
        Map<String, Instant> blocked = new HashMap<>();
        if (!usernames.isEmpty()) {
            throttles.blockedUsernames(usernames.stream().map(ThrottleKey::username).toList(), Instant.now(clock))
                    .forEach(row -> blocked.put((String) row[0], (Instant) row[1]));
        }
        return blocked;
    }

    /** One failure under one key, in its own transaction; answers whether the key now refuses attempts. */
    private boolean count(ThrottleKey key, Instant now) {
        SecurityProperties.Rule rule = rule(key.kind());
        Instant forgetBefore = now.minus(rules.forgetAfter());
        Integer failures;
        try {
            failures = ownTransaction.execute(status -> increment(key, now, forgetBefore));
        } catch (DataIntegrityViolationException concurrentFirstFailure) {
            // Another instance inserted the row between our update and insert: count on the row it made.
            failures = ownTransaction.execute(status -> increment(key, now, forgetBefore));
        }
        Duration delay = rule.delayAfter(failures == null ? 0 : failures);
        Instant until = delay.isZero() ? null : now.plus(delay);
        ownTransaction.executeWithoutResult(status -> throttles.block(key.value(), until));
        return until != null;
    }

    private int increment(ThrottleKey key, Instant now, Instant forgetBefore) {
        if (throttles.countFailure(key.value(), now, forgetBefore) == 0) {
            throttles.saveAndFlush(new SignInThrottle(key, now));
            return 1;
        }
        return throttles.findById(key.value()).map(SignInThrottle::getFailures).orElse(1);
    }

    private SecurityProperties.Rule rule(ThrottleKind kind) {
        return switch (kind) {
            case USERNAME_ADDRESS -> rules.usernameAddress();
            case ADDRESS -> rules.address();
            case USERNAME -> rules.username();
        };
    }
}
