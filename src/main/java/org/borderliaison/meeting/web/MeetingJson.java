package org.borderliaison.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.DueFollowUp;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.HeadOfDelegation;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.CooperationField;

/** A meeting in the API. Field names are part of the API contract. */
record MeetingJson(long id, long version, MeetingKind kind, String title, LocalDate startDate, LocalDate endDate,
        Country placeCountry, String locality, Long borderGateId, long hostAgencyId, List<AgencyRef> ourAgencies,
        List<AgencyRef> partnerAgencies, List<Head> heads, int ourParticipants, int partnerParticipants,
        List<CooperationField> topics, String outcome, int count, List<FollowUp> followUps, List<Agreement> agreements,
        MeetingStatus status, String cancelReason, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    static MeetingJson of(MeetingView meeting) {
        return new MeetingJson(meeting.id(), meeting.version(), meeting.kind(), meeting.title(), meeting.startDate(),
                meeting.endDate(), meeting.placeCountry(), meeting.locality(),
                meeting.borderGate() == null ? null : meeting.borderGate().id(), meeting.host().id(), AgencyRef.all(meeting.ourAgencies()),
                AgencyRef.all(meeting.partnerAgencies()), meeting.heads().stream().map(Head::of).toList(), meeting.ourParticipants(),
                meeting.partnerParticipants(), meeting.topics(), meeting.outcome(), meeting.count(),
                meeting.followUps().stream().map(FollowUp::of).toList(), meeting.agreements().stream().map(Agreement::of).toList(),
                meeting.status(), meeting.cancelReason(),
                meeting.createdBy(), meeting.createdAt(), meeting.updatedBy(), meeting.updatedAt());
    }

    /** An agency named in a meeting, with its names in Vietnamese, English and its own script. */
    @Schema(name = "MeetingAgencyRef")
    record AgencyRef(long id, String code, String nameVi, String nameEn, String nameNative, Country country) {

        static AgencyRef of(AgencyView agency) {
            return agency == null ? null
                    : new AgencyRef(agency.id(), agency.code(), agency.nameVi(), agency.nameEn(), agency.nameNative(), agency.country());
        }

        static List<AgencyRef> all(List<AgencyView> agencies) {
            return agencies.stream().map(AgencyRef::of).toList();
        }
    }

    @Schema(name = "MeetingHead")
    record Head(Side side, String name, String rank, String title) {

        static Head of(HeadOfDelegation head) {
            return new Head(head.getSide(), head.getName(), head.getRank(), head.getTitle());
        }
    }

    /** {@code index} identifies the follow-up within its meeting (for status changes). */
    @Schema(name = "MeetingFollowUp")
    record FollowUp(int index, String what, AgencyRef owner, LocalDate dueDate, FollowUpStatus status, boolean overdue) {

        static FollowUp of(MeetingView.FollowUpView followUp) {
            return new FollowUp(followUp.index(), followUp.what(), AgencyRef.of(followUp.owner()), followUp.dueDate(),
                    followUp.status(), followUp.overdue());
        }
    }

    /** An agreement signed or reviewed at the meeting (only those the caller may see), with its title, kind and status. */
    @Schema(name = "MeetingAgreement")
    record Agreement(long agreementId, AgreementRelation relation, String title, AgreementKind kind, AgreementStatus status) {

        static Agreement of(MeetingView.LinkedAgreement link) {
            return new Agreement(link.agreement().id(), link.relation(), link.agreement().title(), link.agreement().kind(),
                    link.agreement().status());
        }
    }

    /** A row of the list. */
    @Schema(name = "MeetingRow")
    record Row(long id, MeetingKind kind, String title, LocalDate startDate, LocalDate endDate, Country placeCountry,
            String locality, List<AgencyRef> ourAgencies, List<AgencyRef> partnerAgencies, int count, MeetingStatus status) {

        static Row of(MeetingSummary meeting) {
            return new Row(meeting.id(), meeting.kind(), meeting.title(), meeting.startDate(), meeting.endDate(),
                    meeting.placeCountry(), meeting.locality(), AgencyRef.all(meeting.ourAgencies()),
                    AgencyRef.all(meeting.partnerAgencies()), meeting.count(), meeting.status());
        }
    }

    /** An open follow-up due soon or overdue, with its meeting. */
    @Schema(name = "MeetingDueFollowUp")
    record Due(long meetingId, long meetingVersion, MeetingKind meetingKind, String meetingTitle, LocalDate meetingDate,
            int index, String what, AgencyRef owner, LocalDate dueDate, boolean overdue) {

        static Due of(DueFollowUp due) {
            return new Due(due.meetingId(), due.meetingVersion(), due.meetingKind(), due.meetingTitle(), due.meetingDate(),
                    due.index(), due.what(), AgencyRef.of(due.owner()), due.dueDate(), due.overdue());
        }
    }
}
