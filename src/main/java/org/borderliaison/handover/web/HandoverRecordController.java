package org.borderliaison.handover.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.handover.RecordNumber;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.document.Confidentiality;
import org.borderliaison.shared.document.OfficialDocumentStyles;
import org.borderliaison.shared.document.OfficialHeading;
import org.borderliaison.shared.pdf.PdfRenderer;
import org.borderliaison.shared.web.Downloads;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The handover record (biên bản bàn giao) of one handover: an A4 page to print and the same page as a PDF, in
 * Vietnamese with the partner's language alongside (or, asked for with {@code language=en}, an English copy for
 * reference). The persons are listed only for those allowed to see them.
 */
@Controller
@RequestMapping("/handovers/{id}")
class HandoverRecordController {

    private static final String TEMPLATE = "handover/record";

    private final HandoverService service;
    private final Agencies agencies;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final HandoverLinkViews links;
    private final AccessLog accessLog;

    private final ViewResolver views;

    HandoverRecordController(HandoverService service, Agencies agencies, MessageSource messages, ITemplateEngine templates,
            PdfRenderer pdf, HandoverLinkViews links, AccessLog accessLog, @Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
        this.accessLog = accessLog;
        this.links = links;
        this.service = service;
        this.agencies = agencies;
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
    }

    /**
     * The page is rendered in the record's language, not the reader's: the shared header's texts (motto, "Số:") come
     * from the messages, which a view resolved for the reader's locale would print in English for an English reader.
     */
    @GetMapping("/record")
    View page(@PathVariable long id, @RequestParam(required = false) String language,
            @RequestParam(required = false) Confidentiality confidentiality, Model model) throws Exception {
        Map<String, Object> record = record(id, "record page", false, language, confidentiality);
        model.addAllAttributes(record);
        return views.resolveViewName(TEMPLATE, ((RecordLabels) record.get("t")).locale());
    }

    @GetMapping("/record.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String language,
            @RequestParam(required = false) Confidentiality confidentiality) {
        Map<String, Object> model = record(id, "record PDF", true, language, confidentiality);
        RecordLabels labels = (RecordLabels) model.get("t");
        byte[] document = pdf.render(templates.process(TEMPLATE, new Context(labels.locale(), model)));
        String fileName = "bien-ban-ban-giao-" + id + (labels.locale() == RecordLabels.ENGLISH ? "-en" : "") + ".pdf";
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("handover", id);
        parameters.put("date", ((Handover) model.get("handover")).getDate());
        parameters.put("persons", model.get("persons") instanceof List<?> persons ? persons.size() : null);
        parameters.put("file", fileName);
        if (confidentiality != null && confidentiality.marked()) {
            parameters.put("confidentiality", confidentiality.mark());
        }
        accessLog.export("handover-record-pdf", parameters);
        return Downloads.attachment(MediaType.APPLICATION_PDF, fileName, document);
    }

    /**
     * {@code language} "en" asks for an English copy for reference; anything else is the Vietnamese original. The
     * confidentiality mark, chosen when printing, is stamped under the number.
     */
    private Map<String, Object> record(long id, String where, boolean forPdf, String language, Confidentiality confidentiality) {
        Handover handover = service.get(id);
        Locale main = "en".equals(language) ? RecordLabels.ENGLISH : RecordLabels.VIETNAMESE;
        RecordLabels labels = new RecordLabels(messages, handover.getPartnerCountry(), main);
        Map<String, Object> model = new HashMap<>();
        model.put("handover", handover);
        // Both sides as they were called on the record's date, today's name beside where it differs.
        AgencyView oursToday = agencies.require(handover.getOurAgencyId());
        AgencyView partnerToday = agencies.require(handover.getPartnerAgencyId());
        Map<Long, AgencyView> then = agencies.findAllNamedOn(Set.of(oursToday.id(), partnerToday.id()), handover.getDate());
        AgencyView ours = then.getOrDefault(oursToday.id(), oursToday);
        AgencyView partner = then.getOrDefault(partnerToday.id(), partnerToday);
        model.put("ours", ours);
        model.put("oursName", namedThen(ours, oursToday, main));
        model.put("partnerName", namedThen(partner, partnerToday, main));
        model.put("heading", heading(handover, ours, main, confidentiality));
        model.put("confidentiality", confidentiality == null ? Confidentiality.NONE : confidentiality);
        model.put("confidentialities", Confidentiality.values());
        model.put("officialCss", OfficialDocumentStyles.css());
        model.put("representatives", handover.representatives());
        model.put("legalBasisText", LegalBasisText.of(messages, main, handover.getLegalBasisKind(), handover.getLegalBasisReference()));
        model.put("partner", partner);
        model.put("gate", handover.getBorderGateId() == null ? null : agencies.findBorderGate(handover.getBorderGateId()).orElse(null));
        List<?> persons = service.persons(handover, where).orElse(null);
        model.put("persons", persons);
        model.put("linkedCase", links.linkedCase(handover.getCaseId()));
        model.put("legalBasisAgreement", links.legalBasis(handover.getLegalBasisAgreementId()));
        model.put("t", labels);
        model.put("pdf", forPdf);
        model.put("fontFamily", PdfRenderer.SERIF_FONT_FAMILY);
        return model;
    }

    /** The name of the record's date, with today's beside it where the agency has been renamed since. */
    private String namedThen(AgencyView then, AgencyView today, Locale locale) {
        String name = then.name(locale.getLanguage());
        String now = today.name(locale.getLanguage());
        return name.equals(now) ? name : messages.getMessage("agency.todayName", new Object[] {name, now}, locale);
    }

    /**
     * The administrative header (Decree 30/2020/NĐ-CP) of the record: the superior agency as the issuer's settings
     * name it (else its parent), the issuer, the record's number, the place the issuer dates its documents from and the
     * handover's date. A record is signed by both sides at the gate, so it has no "Nơi nhận" and no single signatory.
     */
    private OfficialHeading heading(Handover handover, AgencyView ours, Locale main, Confidentiality confidentiality) {
        DocumentSettings settings = ours.documents() == null ? DocumentSettings.NONE : ours.documents();
        // The superior of the record's date (a commune police's 2024 record goes under its district police), named as then.
        String superior = settings.superior() != null && !settings.superior().isBlank() ? settings.superior()
                : agencies.parentOn(ours.id(), handover.getDate())
                        .map(parentId -> agencies.findAllNamedOn(Set.of(parentId), handover.getDate()).get(parentId))
                        .map(parent -> parent.name(main.getLanguage())).orElse(null);
        RecordNumber number = handover.getRecordNumber();
        return new OfficialHeading(superior, ours.name(main.getLanguage()), number == null ? null : String.valueOf(number.number()),
                number == null ? RecordNumber.TYPE : number.type(), number == null ? null : number.agencySymbol(), settings.place(),
                handover.getDate(), messages.getMessage("handover.record.title", null, main), null, List.of(), null, confidentiality);
    }
}
