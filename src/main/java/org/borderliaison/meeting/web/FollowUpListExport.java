package org.borderliaison.meeting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.meeting.domain.DueFollowUp;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.shared.web.ExportBatches;
import org.borderliaison.shared.web.ExportColumn;
import org.borderliaison.shared.web.ListExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The follow-ups due (meeting/follow-ups.html) to Excel, CSV and paper: every one due, not only the first the page
 * shows, in its order (soonest first) and the reader's scope.
 */
@Controller
@RequestMapping("/meetings/follow-ups")
class FollowUpListExport {

    private final MeetingService service;
    private final ListExports exports;
    private final AccessLog accessLog;
    private final MessageSource messages;

    FollowUpListExport(MeetingService service, ListExports exports, AccessLog accessLog, MessageSource messages) {
        this.service = service;
        this.exports = exports;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The list as Excel or CSV (the address's ending says which). */
    @GetMapping({"/export.xlsx", "/export.csv"})
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExports.Format format = ListExports.Format.of(request);
        long rows = exports.send(format, "follow-ups", "meeting.followUps.title", columns(LocaleContextHolder.getLocale()), rows(),
                response);
        accessLog.export("list-follow-ups", ListExports.parameters(format, request, rows));
    }

    /** The list on paper. */
    @GetMapping("/print")
    String print(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        String words = messages.getMessage("meeting.followUps.help", new Object[] {MeetingService.FOLLOW_UP_WARNING_DAYS}, locale);
        return exports.print(model, "meeting.followUps.title", words, columns(locale), rows());
    }

    private ExportBatches<DueFollowUp> rows() {
        return ExportBatches.of(Sort.unsorted(), service::dueFollowUps);
    }

    /** The page's columns, with the meeting's date (shown beside its title there) as its own date column. */
    private List<ExportColumn<DueFollowUp>> columns(Locale locale) {
        return List.of(
                ExportColumn.date("meeting.followUp.dueDate", DueFollowUp::dueDate),
                ExportColumn.text("meeting.followUp.overdue", f -> f.overdue() ? label("meeting.followUp.overdue", locale) : null),
                ExportColumn.text("meeting.followUp.what", DueFollowUp::what),
                ExportColumn.text("meeting.followUp.owner", f -> f.owner() == null ? null : f.owner().name(locale.getLanguage())),
                ExportColumn.text("meeting.followUp.meeting", f -> f.meetingTitle() != null ? f.meetingTitle()
                        : label("meetingKind." + f.meetingKind(), locale)),
                ExportColumn.date("meeting.date", DueFollowUp::meetingDate));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
