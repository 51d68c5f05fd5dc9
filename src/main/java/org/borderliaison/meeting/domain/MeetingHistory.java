package org.borderliaison.meeting.domain;

import static org.borderliaison.audit.HistoryField.label;
import static org.borderliaison.audit.HistoryField.reference;

import java.util.Map;
import org.borderliaison.audit.HistoryField;
import org.borderliaison.audit.HistoryVocabulary;
import org.borderliaison.audit.Reference;
import org.borderliaison.audit.ReferenceNames;
import org.borderliaison.meeting.Meetings;
import org.borderliaison.shared.web.DateFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** How a meeting's history reads: the form's labels, agencies and gates by name, cancelling and reinstating. */
@Component
class MeetingHistory implements HistoryVocabulary {

    private static final Map<String, HistoryField> FIELDS = Map.ofEntries(
            Map.entry("kind", label("meeting.kind")),
            Map.entry("title", label("meeting.title")),
            Map.entry("startDate", label("meeting.startDate")),
            Map.entry("endDate", label("meeting.endDate")),
            Map.entry("placeCountry", label("meeting.placeCountry")),
            Map.entry("locality", label("meeting.locality")),
            Map.entry("borderGateId", reference("meeting.borderGate", Reference.BORDER_GATE)),
            Map.entry("hostAgencyId", reference("meeting.host", Reference.AGENCY)),
            Map.entry("agencies", label("meeting.agencies")),
            Map.entry("heads", label("meeting.heads")),
            Map.entry("ourParticipants", label("meeting.ourParticipants")),
            Map.entry("partnerParticipants", label("meeting.partnerParticipants")),
            Map.entry("topics", label("meeting.topics")),
            Map.entry("outcome", label("meeting.outcome")),
            Map.entry("count", label("meeting.count")),
            Map.entry("followUps", label("meeting.followUps")),
            Map.entry("agreements", label("meeting.agreements")),
            Map.entry("status", label("meeting.status")),
            Map.entry("cancelReason", label("meeting.cancelReason")),
            Map.entry("attachments", label("attachment.heading")));

    @Override
    public Class<?> recordType() {
        return Meeting.class;
    }

    @Override
    public Map<String, HistoryField> fields() {
        return FIELDS;
    }

    @Override
    public String action(Object before, Object after, String author) {
        MeetingStatus was = ((Meeting) before).getStatus();
        MeetingStatus is = ((Meeting) after).getStatus();
        if (was != is) {
            return is == MeetingStatus.CANCELLED ? "cancelled" : "reinstated";
        }
        return null;
    }

    /** Meetings by title and date where other records point at them (cases discussed at a meeting). */
    @Bean
    static ReferenceNames meetingNames(Meetings meetings) {
        return ReferenceNames.of(Reference.MEETING, (id, locale) -> meetings.find(id)
                .map(meeting -> (meeting.title() == null ? "" : meeting.title() + " ") + "(" + DateFormatter.display(meeting.startDate()) + ")"));
    }
}
