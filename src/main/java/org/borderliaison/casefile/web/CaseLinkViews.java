package org.borderliaison.casefile.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.meeting.MeetingReference;
import org.borderliaison.meeting.Meetings;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.Patrols;
import org.borderliaison.shared.web.RelatedRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The patrols, meetings and agreements a case links to, as the case pages show them (picker options, the labels of
 * the records chosen in a form, the detail's list), and a case as the linked records' pages list it. Everything is looked up through the other modules' API
 * classes, within the current user's scope.
 */
@Component
class CaseLinkViews {

    static final String CASE = "related.case";
    static final String PATROL = "related.patrol";
    static final String MEETING = "related.meeting";
    static final String AGREEMENT = "related.agreement";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PICKER_SIZE = 10;

    private final Patrols patrols;
    private final Meetings meetings;
    private final Agreements agreements;
    private final Agencies agencies;
    private final MessageSource messages;

    CaseLinkViews(Patrols patrols, Meetings meetings, Agreements agreements, Agencies agencies, MessageSource messages) {
        this.patrols = patrols;
        this.meetings = meetings;
        this.agreements = agreements;
        this.agencies = agencies;
        this.messages = messages;
    }

    List<RelatedRecord> patrolOptions(String q) {
        List<PatrolView> found = patrols.search(q, PICKER_SIZE);
        return patrols(found);
    }

    List<RelatedRecord> meetingOptions(String q) {
        return meetings.search(q, PICKER_SIZE).stream().map(this::meeting).toList();
    }

    List<RelatedRecord> agreementOptions(String q) {
        return agreements.search(q, PICKER_SIZE).stream().map(CaseLinkViews::agreement).toList();
    }

    /** The labels of the patrols and agreements chosen in a form, by id (the ones the user cannot see are left out). */
    Map<Long, String> patrolLabels(Collection<Long> ids) {
        return labels(patrols(patrols.findAll(ids).values()));
    }

    Map<Long, String> meetingLabels(Collection<Long> ids) {
        return labels(meetings.findAll(ids).values().stream().map(this::meeting).toList());
    }

    Map<Long, String> agreementLabels(Collection<Long> ids) {
        return labels(agreements.findAll(ids).values().stream().map(CaseLinkViews::agreement).toList());
    }

    /** What the case's detail page lists: its patrols, meetings and agreements, those the user may see. */
    List<RelatedRecord> linkedTo(CaseFile caseFile) {
        List<RelatedRecord> linked = new ArrayList<>(patrols(patrols.findAll(caseFile.getPatrolIds()).values()));
        meetings.findAll(caseFile.getMeetingIds()).values().stream().map(this::meeting).forEach(linked::add);
        agreements.findAll(caseFile.getAgreementIds()).values().stream().map(CaseLinkViews::agreement).forEach(linked::add);
        return linked;
    }

    /** How many of the case's links point at records the user may not see (the page says so without naming them). */
    int hidden(CaseFile caseFile, List<RelatedRecord> shown) {
        return caseFile.getPatrolIds().size() + caseFile.getMeetingIds().size() + caseFile.getAgreementIds().size() - shown.size();
    }

    private List<RelatedRecord> patrols(Collection<PatrolView> found) {
        Map<Long, AgencyView> units = agencies.findAll(found.stream()
                .flatMap(p -> Stream.of(p.ourAgencyId(), p.partnerAgencyId())).distinct().toList());
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return found.stream().map(p -> new RelatedRecord(PATROL, p.id(),
                p.date().format(DATE) + " · " + text("patrolKind." + p.kind()) + " · " + p.segment(),
                name(units.get(p.ourAgencyId()), lang) + " – " + name(units.get(p.partnerAgencyId()), lang),
                "/patrols/" + p.id())).toList();
    }

    /** A case as the pages of the records it links to list it. */
    RelatedRecord caseRecord(CaseFile c) {
        return new RelatedRecord(CASE, c.getId(), c.getOurReference() + " · " + text("caseCategory." + c.getCategory()),
                c.getOpenedOn().format(DATE) + " · " + text("caseStatus." + c.getStatus()), "/cases/" + c.getId());
    }

    private RelatedRecord meeting(MeetingReference m) {
        return new RelatedRecord(MEETING, m.id(), m.title(), m.startDate().format(DATE) + " · " + text("meetingKind." + m.kind()),
                "/meetings/" + m.id());
    }

    static RelatedRecord agreement(AgreementSummary a) {
        return new RelatedRecord(AGREEMENT, a.id(), a.label(), a.signedOn() == null ? null : a.signedOn().format(DATE),
                "/agreements/" + a.id());
    }

    private static Map<Long, String> labels(List<RelatedRecord> records) {
        return records.stream().collect(Collectors.toMap(RelatedRecord::id, RelatedRecord::label, (a, b) -> a));
    }

    private static String name(AgencyView agency, String lang) {
        return agency == null ? "?" : agency.name(lang);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
