package org.borderliaison.casefile.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    boolean existsByOurReferenceIgnoreCase(String ourReference);

    boolean existsByOurReferenceIgnoreCaseAndIdNot(String ourReference, long id);
}
