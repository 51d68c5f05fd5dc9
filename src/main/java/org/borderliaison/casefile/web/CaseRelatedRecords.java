package org.borderliaison.casefile.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.shared.web.RelatedRecord;
import org.borderliaison.shared.web.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The cases a patrol's, a meeting's or an agreement's page lists: those linked to it that the user may see. */
@Component
class CaseRelatedRecords implements RelatedRecords {

    static final String KIND = "related.case";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CaseFileService service;
    private final MessageSource messages;

    CaseRelatedRecords(CaseFileService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public List<RelatedRecord> relatedTo(String recordType, long id) {
        List<CaseFile> cases = switch (recordType) {
            case PATROL -> service.fromPatrol(id);
            case MEETING -> service.discussedAt(id);
            case AGREEMENT -> service.basedOnAgreement(id);
            default -> List.of();
        };
        return cases.stream().map(this::record).toList();
    }

    private RelatedRecord record(CaseFile c) {
        return new RelatedRecord(KIND, c.getId(), c.getOurReference() + " · " + text("caseCategory." + c.getCategory()),
                c.getOpenedOn().format(DATE) + " · " + text("caseStatus." + c.getStatus()), "/cases/" + c.getId());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
