package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyKind;
import org.springframework.stereotype.Component;

/**
 * The 2025 reorganisation of the seeded provinces, performed the way an administrator does it: on 1 March 2025 the
 * district police of Lào Cai, Lạng Sơn and Yên Bái end and their commune police are placed directly under the
 * province; on 1 July 2025 Yên Bái provincial police merges into Lào Cai provincial police. Each step is taken only
 * when it has not been taken yet, so calling this again (or after an administrator did part of it by hand) changes
 * nothing that is already done. The caller must be signed in as an administrator.
 */
@Component
public class Reorganisation2025 {

    public static final LocalDate DISTRICTS_END = LocalDate.of(2025, 3, 1);
    public static final LocalDate PROVINCES_MERGE = LocalDate.of(2025, 7, 1);
    public static final String LAO_CAI = "VN-LC-CA";
    public static final String LANG_SON = "VN-LS-CA";
    public static final String YEN_BAI = "VN-YB-CA";

    private final AgencyReorganisation reorganisation;
    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;

    Reorganisation2025(AgencyReorganisation reorganisation, AgencyRepository agencies, AgencyPlacementRepository placements) {
        this.reorganisation = reorganisation;
        this.agencies = agencies;
        this.placements = placements;
    }

    /** Takes the steps not taken yet; answers how many it took. */
    public int perform() {
        int steps = 0;
        for (String province : List.of(LAO_CAI, LANG_SON, YEN_BAI)) {
            Agency parent = agencies.findByCodeIgnoreCase(province).orElse(null);
            if (parent != null && parent.isActive() && hasActiveDistricts(parent.getId())) {
                reorganisation.endUnits(parent.getId(), AgencyKind.DISTRICT_POLICE, DISTRICTS_END);
                steps++;
            }
        }
        Agency yenBai = agencies.findByCodeIgnoreCase(YEN_BAI).orElse(null);
        Agency laoCai = agencies.findByCodeIgnoreCase(LAO_CAI).orElse(null);
        if (yenBai != null && laoCai != null && yenBai.isActive()) {
            reorganisation.merge(yenBai.getId(), yenBai.getVersion(), PROVINCES_MERGE, laoCai.getId());
            steps++;
        }
        return steps;
    }

    private boolean hasActiveDistricts(long provinceId) {
        return agencies.findAllById(placements.childrenOn(provinceId, DISTRICTS_END)).stream()
                .anyMatch(unit -> unit.isActive() && unit.getKind() == AgencyKind.DISTRICT_POLICE);
    }
}
