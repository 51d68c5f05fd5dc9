package org.borderliaison.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.shared.web.ExportBatches;
import org.borderliaison.shared.web.ExportColumn;
import org.borderliaison.shared.web.FilterWords;
import org.borderliaison.shared.web.ListExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The access log to Excel, CSV and paper for administrators: the page's filter, newest first, each row as the page
 * words it (an export's subject and parameters in the reader's language). Its own downloads are logged too.
 */
@Controller
class AccessLogExport {

    private final AccessLog accessLog;
    private final AccessLogRows rows;
    private final ListExports exports;
    private final MessageSource messages;

    AccessLogExport(AccessLog accessLog, AccessLogRows rows, ListExports exports, MessageSource messages) {
        this.accessLog = accessLog;
        this.rows = rows;
        this.exports = exports;
        this.messages = messages;
    }

    /** The log of the page's filter as Excel or CSV (the address's ending says which). */
    @GetMapping({"/admin/access-log/export.xlsx", "/admin/access-log/export.csv"})
    void send(@ModelAttribute("filter") AccessLogFilterForm filter, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ListExports.Format format = ListExports.Format.of(request);
        Locale locale = LocaleContextHolder.getLocale();
        long count = exports.send(format, "access-log", "accessLog.title", columns(locale), rows(filter, locale), response);
        accessLog.export("list-access-log", ListExports.parameters(format, request, count));
    }

    /** The log on paper: A4 landscape, the filter described at the top. */
    @GetMapping("/admin/access-log/print")
    String print(@ModelAttribute("filter") AccessLogFilterForm filter, BindingResult binding, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        String words = FilterWords.of(messages, locale)
                .add("accessLog.user", filter.getUsername())
                .addLabel("accessLog.event", "accessEvent.", filter.getEvent())
                .add("accessLog.filter.from", filter.getFrom())
                .add("accessLog.filter.to", filter.getTo())
                .toString();
        return exports.print(model, "accessLog.title", words, columns(locale), rows(filter, locale));
    }

    private Iterator<List<AccessLogRows.Row>> rows(AccessLogFilterForm filter, Locale locale) {
        return ExportBatches.of(Sort.unsorted(), pageable -> accessLog.search(filter.filter(), pageable))
                .map(entries -> entries.stream().map(entry -> rows.of(entry, locale)).toList());
    }

    /** The page's columns (security/access-log.html), in its order and with its labels. */
    private List<ExportColumn<AccessLogRows.Row>> columns(Locale locale) {
        return List.of(
                ExportColumn.dateTime("accessLog.at", AccessLogRows.Row::at),
                ExportColumn.text("accessLog.user", AccessLogRows.Row::username),
                ExportColumn.text("accessLog.event", row -> messages.getMessage("accessEvent." + row.event(), null, locale)),
                ExportColumn.text("accessLog.detail", AccessLogExport::detail),
                ExportColumn.text("accessLog.address", AccessLogRows.Row::address));
    }

    /** As the page: an export's subject and its parameters ("label: value"), or the plain detail. */
    private static String detail(AccessLogRows.Row row) {
        if (row.what() == null) {
            return row.detail();
        }
        return row.what() + (row.parameters().isEmpty() ? "" : " · " + row.parameters().stream()
                .map(parameter -> parameter.label() + ": " + parameter.value()).collect(Collectors.joining(" · ")));
    }
}
