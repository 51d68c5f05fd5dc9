package org.borderliaison.meeting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Agencies;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.shared.web.ExportBatches;
import org.borderliaison.shared.web.ExportColumn;
import org.borderliaison.shared.web.FilterWords;
import org.borderliaison.shared.web.ListExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.ui.Model;

/** The meeting list to Excel, CSV and paper: the list page's columns, filter, sort and scope. */
@Controller
@RequestMapping("/meetings")
class MeetingListExport {

    private final MeetingService service;
    private final Agencies agencies;
    private final ListExports exports;
    private final AccessLog accessLog;
    private final MessageSource messages;

    MeetingListExport(MeetingService service, Agencies agencies, ListExports exports, AccessLog accessLog, MessageSource messages) {
        this.service = service;
        this.agencies = agencies;
        this.exports = exports;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The list of the page's filter and sort as Excel or CSV (the address's ending says which). */
    @GetMapping({"/export.xlsx", "/export.csv"})
    void send(@ModelAttribute("filter") MeetingQuery query, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ListExports.Format format = ListExports.Format.of(request);
        long rows = exports.send(format, "meetings", "meeting.list.title", columns(LocaleContextHolder.getLocale()), rows(query), response);
        accessLog.export("list-meetings", ListExports.parameters(format, request, rows));
    }

    /** The list of the page's filter and sort on paper: A4 landscape, the filter described at the top. */
    @GetMapping("/print")
    String print(@ModelAttribute("filter") MeetingQuery query, BindingResult binding, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labels = agencies.pickerLabels(java.util.Arrays.asList(query.getPartnerAgencyId(), query.getOurAgencyId()));
        String words = FilterWords.of(messages, locale)
                .addLabel("meeting.kind", "meetingKind.", query.getKind())
                .addLabel("meeting.topic", "cooperationField.", query.getField())
                .addLabel("meeting.status", "meetingStatus.", query.getStatus())
                .addLabel("meeting.filter.partnerCountry", "country.", query.getPartnerCountry())
                .add("meeting.filter.partnerAgency", labels.get(query.getPartnerAgencyId()))
                .add("meeting.filter.ourAgency", labels.get(query.getOurAgencyId()))
                .add("meeting.filter.text", query.getText())
                .add("meeting.filter.from", query.getFrom())
                .add("meeting.filter.to", query.getTo())
                .toString();
        return exports.print(model, "meeting.list.title", words, columns(locale), rows(query));
    }

    private ExportBatches<MeetingSummary> rows(MeetingQuery query) {
        return ExportBatches.of(query.toSort(), pageable -> service.list(query.toFilter(agencies), pageable));
    }

    /** The list page's columns (meeting/list.html), in its order and with its labels; its "start – end" cell as two dates. */
    private List<ExportColumn<MeetingSummary>> columns(Locale locale) {
        String language = locale.getLanguage();
        return List.of(
                ExportColumn.date("meeting.date", MeetingSummary::startDate),
                ExportColumn.date("meeting.endDate", MeetingSummary::endDate),
                ExportColumn.text("meeting.kind", m -> label("meetingKind." + m.kind(), locale)),
                ExportColumn.text("meeting.title", m -> m.title() != null ? m.title() : label("meetingKind." + m.kind(), locale)),
                ExportColumn.text("meeting.ourAgencies", m -> names(m.ourAgencies(), language)),
                ExportColumn.text("meeting.partnerAgencies", m -> names(m.partnerAgencies(), language)),
                ExportColumn.text("meeting.place", m -> m.locality() + " (" + label("country." + m.placeCountry(), locale) + ")"),
                ExportColumn.number("meeting.count", MeetingSummary::count),
                ExportColumn.text("meeting.status", m -> label("meetingStatus." + m.status(), locale)));
    }

    private static String names(List<AgencyView> agencies, String language) {
        return agencies.stream().map(agency -> agency.name(language)).collect(Collectors.joining("; "));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
