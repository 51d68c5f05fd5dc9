package org.borderliaison.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.LocalisedName;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.patrol.PatrolKind;

/**
 * The cooperation summary of an agency (and its sub-tree) for a period, optionally with one partner: every
 * figure beside the previous period. {@code publicOrderCases} adds up the cases of the public-order categories
 * (criminal cases jointly verified and investigated, as reports count them apart from drugs or immigration). Every kind and category is present (zeros included) so the keys of the JSON
 * never change; seizures list only the items seized in either period. The breakdowns cover the current period
 * only: every month of it (zeros included) and every partner with some activity, busiest first. This one record is
 * what the page, the API and the exports render.
 */
public record Summary(
        AgencyRef agency,
        AgencyRef partnerAgency,
        Country partnerCountry,
        Period period,
        Period previousPeriod,
        Map<MeetingKind, Compared> meetings,
        Map<AgreementKind, AgreementFigures> agreements,
        Map<PatrolKind, PatrolFigures> patrols,
        Map<CaseCategory, CaseFigures> cases,
        Compared publicOrderCases,
        Map<HandoverDirection, Map<HandoverCategory, HandoverFigures>> handovers,
        List<Activity.InMonth> byMonth,
        List<Activity.WithPartner> byPartner,
        Narrative narrative) {

    Summary withNarrative(Narrative text) {
        return new Summary(agency, partnerAgency, partnerCountry, period, previousPeriod, meetings, agreements, patrols, cases,
                publicOrderCases, handovers, byMonth, byPartner, text);
    }

    /** The largest value of a measure over the months, for the scale of the trend chart (at least 1). */
    public long monthlyMax(Activity.Measure measure) {
        return Math.max(1, byMonth.stream().mapToLong(row -> row.activity().get(measure)).max().orElse(0));
    }

    /** The largest value of a measure over the partners, for the scale of the partner chart (at least 1). */
    public long partnerMax(Activity.Measure measure) {
        return Math.max(1, byPartner.stream().mapToLong(row -> row.activity().get(measure)).max().orElse(0));
    }

    /**
     * An agency as the summary names it: with the names it bore in the period (on its last day, or today for a period
     * not over yet) and, when it is called otherwise today, today's names ({@code todayNameVi}, {@code todayNameEn};
     * null when unchanged), which printed documents show beside the period's.
     */
    @Schema(name = "SummaryAgencyRef")
    public record AgencyRef(long id, String code, String nameVi, String nameEn, String todayNameVi, String todayNameEn) {

        public AgencyRef(long id, String code, String nameVi, String nameEn) {
            this(id, code, nameVi, nameEn, null, null);
        }

        /** The agency as it is called today. */
        public static AgencyRef of(AgencyView agency) {
            return new AgencyRef(agency.id(), agency.code(), agency.nameVi(), agency.nameEn());
        }

        /**
         * This agency (as called today) called by the names it bore in the period ({@code then}; null: unchanged), with
         * today's names kept beside where they differ.
         */
        public AgencyRef calledAs(AgencyView then) {
            if (then == null || (Objects.equals(then.nameVi(), nameVi) && Objects.equals(then.nameEn(), nameEn))) {
                return this;
            }
            return new AgencyRef(id, then.code(), then.nameVi(), then.nameEn(), nameVi, nameEn);
        }

        public String name(String language) {
            return LocalisedName.of(language, nameVi, nameEn);
        }

        /** Today's name in {@code language} when it differs from the period's, else null. */
        public String todayName(String language) {
            if (todayNameVi == null) {
                return null;
            }
            String today = LocalisedName.of(language, todayNameVi, todayNameEn);
            return today.equals(name(language)) ? null : today;
        }
    }

    /** Agreements of one kind: signed within the period, and in force on its last day. */
    public record AgreementFigures(Compared signed, Compared inForceAtEnd) {
    }

    /** Patrols of one kind and their personnel (lượt cán bộ, chiến sĩ) on each side. */
    public record PatrolFigures(Compared patrols, Compared ourPersonnel, Compared partnerPersonnel) {
    }

    /** Cases of one category opened in the period: how many, their subjects and victims, and what was seized. */
    public record CaseFigures(Compared cases, Compared subjects, Compared victims, List<SeizureFigure> seizures) {
    }

    /** The quantity of one item seized, in its canonical unit. */
    public record SeizureFigure(SeizureItem item, SeizureUnit unit, Compared quantity) {
    }

    /** Handovers of one direction and category: records, and persons (items for property and aid assets). */
    public record HandoverFigures(Compared records, Compared quantity) {
    }

    /** The paragraph the report staff would write from these figures, in Vietnamese and in English. */
    public record Narrative(String vi, String en) {

        public String in(String language) {
            return "en".equals(language) ? en : vi;
        }
    }
}
