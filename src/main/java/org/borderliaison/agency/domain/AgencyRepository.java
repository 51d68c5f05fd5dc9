package org.borderliaison.agency.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

    Optional<Agency> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCase(String code);

    List<Agency> findByParentIdOrderByNameVi(Long parentId);

    List<Agency> findByParentIsNullOrderByCountryAscNameViAsc();

    List<Agency> findBySuccessorIdOrderByNameVi(Long successorId);

    long countByParentIdAndActiveTrue(Long parentId);

    List<Agency> findByIdIn(Collection<Long> ids);

    @Query("select a.parent.id, count(a) from Agency a where a.parent.id in :parentIds group by a.parent.id")
    List<Object[]> countChildren(Collection<Long> parentIds);

    /** Rewrites the paths of a moved sub-tree in one statement; the moved agency itself included. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Agency a set a.path = concat(:newPrefix, substring(a.path, :oldLength + 1)) where a.path like concat(:oldPrefix, '%')")
    int rewritePaths(String oldPrefix, int oldLength, String newPrefix);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Agency a set a.path = :path where a.id = :id")
    int setPath(long id, String path);

    @Query("select a.id from Agency a where a.path like concat(:prefix, '%')")
    List<Long> idsWithPathPrefix(String prefix);

    /** Agencies merged into one whose path starts with {@code prefix} (ended, with that successor). */
    @Query("select a from Agency a where a.successor.path like concat(:prefix, '%')")
    List<Agency> mergedIntoPathPrefix(String prefix);

    @Query("select a.country, count(a) from Agency a group by a.country")
    List<Object[]> countByCountry();
}
