package org.borderliaison.agency.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BorderGateRepository extends JpaRepository<BorderGate, Long> {

    List<BorderGate> findAllByOrderByProvinceAscNameViAsc();

    List<BorderGate> findByAgencyIdOrderByNameVi(long agencyId);
}
