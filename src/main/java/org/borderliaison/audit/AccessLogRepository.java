package org.borderliaison.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long>, JpaSpecificationExecutor<AccessLogEntry> {

    Page<AccessLogEntry> findByUsernameOrderByAtDesc(String username, Pageable pageable);

    Page<AccessLogEntry> findAllByOrderByAtDesc(Pageable pageable);
}
