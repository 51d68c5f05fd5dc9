package org.borderliaison.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("""
            select new org.borderliaison.security.domain.PresentedToken(t.id, t.expiresOn, t.lastUsedAt, t.revokedAt, a)
            from ApiToken t join UserAccount a on a.id = t.accountId
            where t.tokenHash = :hash""")
    Optional<PresentedToken> findPresented(String hash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    /** Every account's tokens with the owner's username, newest first. */
    @Query(value = """
            select t, a.username from ApiToken t join UserAccount a on a.id = t.accountId
            order by t.createdAt desc, t.id desc""",
            countQuery = "select count(t) from ApiToken t")
    Page<Object[]> findAllWithUsername(Pageable pageable);

    @Query(value = """
            select t, a.username from ApiToken t join UserAccount a on a.id = t.accountId
            where a.username = :username
            order by t.createdAt desc, t.id desc""",
            countQuery = "select count(t) from ApiToken t join UserAccount a on a.id = t.accountId where a.username = :username")
    Page<Object[]> findByUsername(String username, Pageable pageable);

    /** Moves the last use forward, unless another request already did since {@code before}. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int markUsed(long id, Instant now, Instant before);
}
