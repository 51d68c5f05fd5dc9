package org.borderliaison.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.audit.AccessLog;
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

/** The agreement list to Excel, CSV and paper: the list page's columns, filter, sort and scope. */
@Controller
@RequestMapping("/agreements")
class AgreementListExport {

    private final AgreementService service;
    private final Agencies agencies;
    private final ListExports exports;
    private final AccessLog accessLog;
    private final MessageSource messages;

    AgreementListExport(AgreementService service, Agencies agencies, ListExports exports, AccessLog accessLog, MessageSource messages) {
        this.service = service;
        this.agencies = agencies;
        this.exports = exports;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The list of the page's filter and sort as Excel or CSV (the address's ending says which). */
    @GetMapping({"/export.xlsx", "/export.csv"})
    void send(@ModelAttribute("params") AgreementListParams params, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ListExports.Format format = ListExports.Format.of(request);
        long rows = exports.send(format, "agreements", "agreement.list.title", columns(LocaleContextHolder.getLocale()), rows(params),
                response);
        accessLog.export("list-agreements", ListExports.parameters(format, request, rows));
    }

    /** The list of the page's filter and sort on paper: A4 landscape, the filter described at the top. */
    @GetMapping("/print")
    String print(@ModelAttribute("params") AgreementListParams params, BindingResult binding, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labels = agencies.pickerLabels(Arrays.asList(params.getPartnerAgencyId(), params.getOurAgencyId()));
        String words = FilterWords.of(messages, locale)
                .add("agreement.filter.text", params.getText())
                .addLabel("agreement.kind", "agreementKind.", params.getKind())
                .addLabel("agreement.status", "agreementStatus.", params.getStatus())
                .addLabel("agreement.field", "cooperationField.", params.getField())
                .addLabel("agreement.filter.partnerCountry", "country.", params.getPartnerCountry())
                .add("agreement.filter.partnerAgency", labels.get(params.getPartnerAgencyId()))
                .add("agreement.filter.ourAgency", labels.get(params.getOurAgencyId()))
                .add("agreement.filter.signedFrom", params.getSignedFrom())
                .add("agreement.filter.signedTo", params.getSignedTo())
                .toString();
        return exports.print(model, "agreement.list.title", words, columns(locale), rows(params));
    }

    private ExportBatches<AgreementRow> rows(AgreementListParams params) {
        return ExportBatches.of(params.toSort(), pageable -> service.search(params.filter(), pageable));
    }

    /** The list page's columns (agreement/list.html), with the reference number it shows under the title as its own. */
    private List<ExportColumn<AgreementRow>> columns(Locale locale) {
        String language = locale.getLanguage();
        return List.of(
                ExportColumn.text("agreement.title", AgreementRow::titleVi),
                ExportColumn.text("agreement.referenceNumber", AgreementRow::referenceNumber),
                ExportColumn.text("agreement.kind", a -> label("agreementKind." + a.kind(), locale)),
                ExportColumn.text("agreement.ourParties", a -> names(a.ourParties(), language)),
                ExportColumn.text("agreement.partnerParties", a -> names(a.partnerParties(), language)),
                ExportColumn.date("agreement.signedOn", AgreementRow::signedOn),
                ExportColumn.date("agreement.validTo", AgreementRow::validTo),
                ExportColumn.text("agreement.status", a -> label("agreementStatus." + a.status(), locale)));
    }

    private static String names(List<AgencyView> parties, String language) {
        return parties.stream().map(party -> party.name(language)).collect(Collectors.joining("; "));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
