package org.borderliaison.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

    Page<AccessLogEntry> findByUsernameOrderByAtDesc(String username, Pageable pageable);

    Page<AccessLogEntry> findAllByOrderByAtDesc(Pageable pageable);
}
