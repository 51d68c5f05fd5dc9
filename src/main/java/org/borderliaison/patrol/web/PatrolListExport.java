package org.borderliaison.patrol.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.web.ExportBatches;
import org.borderliaison.shared.web.ExportColumn;
import org.borderliaison.shared.web.FilterWords;
import org.borderliaison.shared.web.ListExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The patrol list to Excel, CSV and paper: the list page's columns, filter, order and scope. */
@Controller
@RequestMapping("/patrols")
class PatrolListExport {

    /** A patrol with the names of its two units, looked up a page at a time. */
    record Line(PatrolView patrol, AgencyView ours, AgencyView partner) {
    }

    private final PatrolService service;
    private final Agencies agencies;
    private final PatrolAgencies patrolAgencies;
    private final ListExports exports;
    private final AccessLog accessLog;
    private final MessageSource messages;

    PatrolListExport(PatrolService service, Agencies agencies, PatrolAgencies patrolAgencies, ListExports exports, AccessLog accessLog,
            MessageSource messages) {
        this.service = service;
        this.agencies = agencies;
        this.patrolAgencies = patrolAgencies;
        this.exports = exports;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The list of the page's filter and order as Excel or CSV (the address's ending says which). */
    @GetMapping({"/export.xlsx", "/export.csv"})
    void send(@ModelAttribute("filter") PatrolFilter filter, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ListExports.Format format = ListExports.Format.of(request);
        long rows = exports.send(format, "patrols", "patrol.list.title", columns(LocaleContextHolder.getLocale()),
                rows(filter, binding), response);
        accessLog.export("list-patrols", ListExports.parameters(format, request, rows));
    }

    /** The list on paper: A4 landscape, the filter described at the top. */
    @GetMapping("/print")
    String print(@ModelAttribute("filter") PatrolFilter filter, BindingResult binding, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        PatrolFilter usable = binding.hasErrors() ? new PatrolFilter() : filter;
        Map<Long, String> labels = agencies.pickerLabels(Arrays.asList(usable.getOurAgencyId(), usable.getPartnerAgencyId()));
        String words = FilterWords.of(messages, locale)
                .addLabel("patrol.kind", "patrolKind.", usable.getKind())
                .add("patrol.filter.from", usable.getFrom())
                .add("patrol.filter.to", usable.getTo())
                .add("patrol.filter.text", usable.getText())
                .add("patrol.ourAgency", labels.get(usable.getOurAgencyId()))
                .add("patrol.partnerAgency", labels.get(usable.getPartnerAgencyId()))
                .toString();
        return exports.print(model, "patrol.list.title", words, columns(locale), rows(filter, binding));
    }

    /** As the page: a filter value that did not parse leaves the whole filter unapplied (PatrolWebController.list). */
    private Iterator<List<Line>> rows(PatrolFilter filter, BindingResult binding) {
        PatrolFilter usable = binding.hasErrors() ? new PatrolFilter() : filter;
        return ExportBatches.of(PatrolSort.named(filter.getSort()).sort(), pageable -> service.search(usable.search(), pageable))
                .map(patrols -> {
                    List<PatrolView> views = patrols.stream().map(Patrol::toView).toList();
                    Map<Long, AgencyView> names = patrolAgencies.of(views);
                    return views.stream().map(view -> new Line(view, names.get(view.ourAgencyId()), names.get(view.partnerAgencyId())))
                            .toList();
                });
    }

    /** The list page's columns (patrol/list.html), in its order and with its labels. */
    private List<ExportColumn<Line>> columns(Locale locale) {
        String language = locale.getLanguage();
        return List.of(
                ExportColumn.date("patrol.date", line -> line.patrol().date()),
                ExportColumn.text("patrol.kind", line -> messages.getMessage("patrolKind." + line.patrol().kind(), null, locale)),
                ExportColumn.text("patrol.ourAgency", line -> line.ours() == null ? null : line.ours().name(language)),
                ExportColumn.text("patrol.partnerAgency", line -> line.partner() == null ? null : line.partner().name(language)),
                ExportColumn.text("patrol.segment", line -> line.patrol().segment()),
                ExportColumn.number("patrol.ourPersonnel.short", line -> line.patrol().ourPersonnel()),
                ExportColumn.number("patrol.partnerPersonnel.short", line -> line.patrol().partnerPersonnel()));
    }
}
