package org.borderliaison.agency.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyEventRepository extends JpaRepository<AgencyEvent, Long> {

    List<AgencyEvent> findByAgencyIdOrderByEffectiveDateDescIdDesc(long agencyId);
}
