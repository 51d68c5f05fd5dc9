package org.borderliaison.handover.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverFilter;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.web.ExportBatches;
import org.borderliaison.shared.web.ExportColumn;
import org.borderliaison.shared.web.FilterWords;
import org.borderliaison.shared.web.ListExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The handover list to Excel, CSV and paper: the list page's columns, filter, order (newest first) and scope; the
 * persons handed over are not in it, as they are not on the list page.
 */
@Controller
@RequestMapping("/handovers")
class HandoverListExport {

    /** A handover with the names of its units and gate, looked up a page at a time. */
    record Line(Handover handover, AgencyView ours, AgencyView partner, BorderGateView gate) {
    }

    private final HandoverService service;
    private final Agencies agencies;
    private final ListExports exports;
    private final AccessLog accessLog;
    private final MessageSource messages;

    HandoverListExport(HandoverService service, Agencies agencies, ListExports exports, AccessLog accessLog, MessageSource messages) {
        this.service = service;
        this.agencies = agencies;
        this.exports = exports;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The list of the page's filter as Excel or CSV (the address's ending says which). */
    @GetMapping({"/export.xlsx", "/export.csv"})
    void send(@RequestParam(required = false) HandoverDirection direction, @RequestParam(required = false) HandoverCategory category,
            @RequestParam(required = false) Country partnerCountry, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HandoverFilter filter = new HandoverFilter(direction, category, partnerCountry, null, from, to);
        ListExports.Format format = ListExports.Format.of(request);
        long rows = exports.send(format, "handovers", "handover.list.title", columns(LocaleContextHolder.getLocale()), rows(filter),
                response);
        accessLog.export("list-handovers", ListExports.parameters(format, request, rows));
    }

    /** The list on paper: A4 landscape, the filter described at the top. */
    @GetMapping("/print")
    String print(@RequestParam(required = false) HandoverDirection direction, @RequestParam(required = false) HandoverCategory category,
            @RequestParam(required = false) Country partnerCountry, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        String words = FilterWords.of(messages, locale)
                .addLabel("handover.direction", "handoverDirection.", direction)
                .addLabel("handover.category", "handoverCategory.", category)
                .addLabel("handover.partnerCountry", "country.", partnerCountry)
                .add("handover.from", from)
                .add("handover.to", to)
                .toString();
        return exports.print(model, "handover.list.title", words, columns(locale),
                rows(new HandoverFilter(direction, category, partnerCountry, null, from, to)));
    }

    private Iterator<List<Line>> rows(HandoverFilter filter) {
        Map<Long, BorderGateView> gates = HandoverWebController.gatesById(agencies.borderGates());
        return ExportBatches.of(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")), pageable -> service.search(filter, pageable))
                .map(handovers -> {
                    Map<Long, AgencyView> names = agencies.findAll(HandoverWebController.agencyIds(handovers));
                    return handovers.stream().map(h -> new Line(h, names.get(h.getOurAgencyId()), names.get(h.getPartnerAgencyId()),
                            h.getBorderGateId() == null ? null : gates.get(h.getBorderGateId()))).toList();
                });
    }

    /** The list page's columns (handover/list.html), in its order and with its labels. */
    private List<ExportColumn<Line>> columns(Locale locale) {
        String language = locale.getLanguage();
        return List.of(
                ExportColumn.date("handover.date", line -> line.handover().getDate()),
                ExportColumn.text("handover.direction", line -> label("handoverDirection." + line.handover().getDirection(), locale)),
                ExportColumn.text("handover.category", line -> label("handoverCategory." + line.handover().getCategory(), locale)),
                ExportColumn.number("handover.quantity", line -> line.handover().getQuantity()),
                ExportColumn.text("handover.ourAgency", line -> line.ours() == null ? null : line.ours().name(language)),
                ExportColumn.text("handover.partnerAgency", line -> line.partner() == null ? null : line.partner().name(language)),
                ExportColumn.text("handover.borderGate", line -> line.gate() == null ? null : line.gate().name(language)));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
