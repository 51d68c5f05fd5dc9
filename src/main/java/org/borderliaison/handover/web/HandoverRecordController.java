package org.borderliaison.handover.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.pdf.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    HandoverRecordController(HandoverService service, Agencies agencies, MessageSource messages, ITemplateEngine templates,
            PdfRenderer pdf, HandoverLinkViews links, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.links = links;
        this.service = service;
        this.agencies = agencies;
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/record")
    String page(@PathVariable long id, @RequestParam(required = false) String language, Model model) {
        model.addAllAttributes(record(id, "record page", false, language));
        return TEMPLATE;
    }

    @GetMapping("/record.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String language) {
        Map<String, Object> model = record(id, "record PDF", true, language);
        RecordLabels labels = (RecordLabels) model.get("t");
        byte[] document = pdf.render(templates.process(TEMPLATE, new Context(labels.locale(), model)));
        String fileName = "bien-ban-ban-giao-" + id + (labels.locale() == RecordLabels.ENGLISH ? "-en" : "") + ".pdf";
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("handover", id);
        parameters.put("date", ((Handover) model.get("handover")).getDate());
        parameters.put("persons", model.get("persons") instanceof List<?> persons ? persons.size() : null);
        parameters.put("file", fileName);
        accessLog.export("handover-record-pdf", parameters);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(document);
    }

    /** {@code language} "en" asks for an English copy for reference; anything else is the Vietnamese original. */
    private Map<String, Object> record(long id, String where, boolean forPdf, String language) {
        Handover handover = service.get(id);
        Locale main = "en".equals(language) ? RecordLabels.ENGLISH : RecordLabels.VIETNAMESE;
        RecordLabels labels = new RecordLabels(messages, handover.getPartnerCountry(), main);
        Map<String, Object> model = new HashMap<>();
        model.put("handover", handover);
        AgencyView ours = agencies.require(handover.getOurAgencyId());
        model.put("ours", ours);
        model.put("superior", ours.parentId() == null ? null : agencies.find(ours.parentId()).orElse(null));
        model.put("representatives", handover.representatives());
        model.put("legalBasisText", LegalBasisText.of(messages, main, handover.getLegalBasisKind(), handover.getLegalBasisReference()));
        model.put("partner", agencies.require(handover.getPartnerAgencyId()));
        model.put("gate", handover.getBorderGateId() == null ? null : agencies.findBorderGate(handover.getBorderGateId()).orElse(null));
        List<?> persons = service.persons(handover, where).orElse(null);
        model.put("persons", persons);
        model.put("linkedCase", links.linkedCase(handover.getCaseId()));
        model.put("legalBasisAgreement", links.legalBasis(handover.getLegalBasisAgreementId()));
        model.put("t", labels);
        model.put("pdf", forPdf);
        model.put("fontFamily", PdfRenderer.FONT_FAMILY);
        return model;
    }
}
