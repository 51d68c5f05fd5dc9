package org.borderliaison.casefile.web;

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
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
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

/** The case list to Excel, CSV and paper: the list page's columns, filter, sort and scope. */
@Controller
@RequestMapping("/cases")
class CaseListExport {

    /** A case with the name of its lead agency, looked up a page at a time. */
    record Line(CaseFile caseFile, AgencyView lead) {
    }

    private final CaseFileService service;
    private final Agencies agencies;
    private final ListExports exports;
    private final AccessLog accessLog;
    private final MessageSource messages;

    CaseListExport(CaseFileService service, Agencies agencies, ListExports exports, AccessLog accessLog, MessageSource messages) {
        this.service = service;
        this.agencies = agencies;
        this.exports = exports;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The list of the page's filter and sort as Excel or CSV (the address's ending says which). */
    @GetMapping({"/export.xlsx", "/export.csv"})
    void send(@ModelAttribute("params") CaseListParams params, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ListExports.Format format = ListExports.Format.of(request);
        long rows = exports.send(format, "cases", "case.list.title", columns(LocaleContextHolder.getLocale()), rows(params), response);
        accessLog.export("list-cases", ListExports.parameters(format, request, rows));
    }

    /** The list on paper: A4 landscape, the filter described at the top. */
    @GetMapping("/print")
    String print(@ModelAttribute("params") CaseListParams params, BindingResult binding, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labels = agencies.pickerLabels(Arrays.asList(params.getLeadAgencyId(), params.getPartnerAgencyId()));
        String words = FilterWords.of(messages, locale)
                .add("case.filter.q", params.getQ())
                .addLabel("case.category", "caseCategory.", params.getCategory())
                .addLabel("case.status", "caseStatus.", params.getStatus())
                .addLabel("case.filter.partnerCountry", "country.", params.getPartnerCountry())
                .add("case.filter.leadAgency", labels.get(params.getLeadAgencyId()))
                .add("case.filter.partnerAgency", labels.get(params.getPartnerAgencyId()))
                .add("case.filter.openedFrom", params.getOpenedFrom())
                .add("case.filter.openedTo", params.getOpenedTo())
                .toString();
        return exports.print(model, "case.list.title", words, columns(locale), rows(params));
    }

    private Iterator<List<Line>> rows(CaseListParams params) {
        return ExportBatches.of(CaseListing.sort(params.getSort()), pageable -> service.search(params.filter(), pageable))
                .map(cases -> {
                    Map<Long, AgencyView> names = CaseListing.agencies(agencies, cases, false);
                    return cases.stream().map(c -> new Line(c, c.getLeadAgencyId() == null ? null : names.get(c.getLeadAgencyId()))).toList();
                });
    }

    /** The list page's columns (casefile/list.html), with the partner's reference and the status date as their own. */
    private List<ExportColumn<Line>> columns(Locale locale) {
        return List.of(
                ExportColumn.text("case.ourReference", line -> line.caseFile().getOurReference()),
                ExportColumn.text("case.partnerReference", line -> line.caseFile().getPartnerReference()),
                ExportColumn.text("case.category", line -> messages.getMessage("caseCategory." + line.caseFile().getCategory(), null, locale)),
                ExportColumn.date("case.openedOn", line -> line.caseFile().getOpenedOn()),
                ExportColumn.text("case.leadAgency", line -> line.lead() == null ? null : line.lead().name(locale.getLanguage())),
                ExportColumn.text("case.status", line -> messages.getMessage("caseStatus." + line.caseFile().getStatus(), null, locale)),
                ExportColumn.date("case.statusSince", line -> line.caseFile().getStatusSince()),
                ExportColumn.number("case.subjects", line -> line.caseFile().getSubjects()),
                ExportColumn.number("case.victims", line -> line.caseFile().getVictims()));
    }
}
