package org.borderliaison.security.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select u from UserAccount u
            where (lower(u.username) like :pattern or lower(u.displayName) like :pattern)
            order by u.username""")
    Page<UserAccount> search(String pattern, Pageable pageable);

    /**
     * Writes the failure count and lock past the entity: sign-in bookkeeping is not an edit of the account,
     * so it must neither bump the version (an administrator's open form would turn stale, concurrent failed
     * sign-ins would collide) nor add a history revision and "changed by" on every mistyped password.
     */
    @Modifying
    @Query("update UserAccount u set u.failedAttempts = :failedAttempts, u.lockedUntil = :lockedUntil where u.id = :id")
    int saveSignInState(long id, int failedAttempts, Instant lockedUntil);
}
