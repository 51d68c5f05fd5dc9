package org.borderliaison.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInThrottleRepository extends JpaRepository<SignInThrottle, String> {

    /** Counts one failure in the database itself, so failures on several instances at once all count. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SignInThrottle t
            set t.failures = case when t.lastFailureAt < :forgetBefore then 1 else t.failures + 1 end,
                t.lastFailureAt = :now
            where t.key = :key""")
    int countFailure(String key, Instant now, Instant forgetBefore);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SignInThrottle t set t.blockedUntil = :until where t.key = :key")
    int block(String key, Instant until);

    @Query("select max(t.blockedUntil) from SignInThrottle t where t.key in :keys and t.blockedUntil > :now")
    Instant blockedUntil(Collection<String> keys, Instant now);

    @Query("""
            select t from SignInThrottle t where t.lastFailureAt >= :since or t.blockedUntil > :now
            order by case when t.blockedUntil > :now then 0 else 1 end, t.lastFailureAt desc""")
    Page<SignInThrottle> current(Instant since, Instant now, Pageable pageable);

    @Query("""
            select t.username, max(t.blockedUntil) from SignInThrottle t
            where t.username in :usernames and t.blockedUntil > :now group by t.username""")
    List<Object[]> blockedUsernames(Collection<String> usernames, Instant now);

    List<SignInThrottle> findByUsernameOrderByLastFailureAtDesc(String username);

    @Modifying
    @Query("delete from SignInThrottle t where t.username = :username")
    int deleteByUsername(String username);

    @Modifying
    @Query("delete from SignInThrottle t where t.lastFailureAt < :before and (t.blockedUntil is null or t.blockedUntil < :before)")
    int deleteForgotten(Instant before);
}
