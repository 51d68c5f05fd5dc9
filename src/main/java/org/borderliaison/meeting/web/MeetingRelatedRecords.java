package org.borderliaison.meeting.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.borderliaison.meeting.domain.AgreementMeeting;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.shared.web.RelatedRecord;
import org.borderliaison.shared.web.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The meetings at which an agreement was signed or reviewed, for the agreement's page (which knows nothing of
 * meetings): only meetings the user may see.
 */
@Component
class MeetingRelatedRecords implements RelatedRecords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingService service;
    private final MessageSource messages;

    MeetingRelatedRecords(MeetingService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public List<RelatedRecord> relatedTo(String recordType, long id) {
        if (!AGREEMENT.equals(recordType)) {
            return List.of();
        }
        return service.withAgreement(id).stream().map(this::record).toList();
    }

    private RelatedRecord record(AgreementMeeting meeting) {
        String kind = messages.getMessage("meetingKind." + meeting.kind(), null, LocaleContextHolder.getLocale());
        String label = meeting.title() == null ? kind : meeting.title();
        String detail = DATE.format(meeting.startDate()) + (meeting.title() == null ? "" : " · " + kind)
                + (meeting.status() == MeetingStatus.CANCELLED
                        ? " · " + messages.getMessage("meetingStatus.CANCELLED", null, LocaleContextHolder.getLocale()) : "");
        return new RelatedRecord("meeting.related." + meeting.relation(), meeting.id(), label, detail, "/meetings/" + meeting.id());
    }
}
