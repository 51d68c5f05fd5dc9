package org.borderliaison.agency.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.AgencyTimeline;
import org.borderliaison.agency.domain.Agency;
import org.borderliaison.agency.domain.AgencyHistoryReader;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.springframework.stereotype.Component;

/**
 * An agency's history as people read it: each reorganisation (move, merge, rename, dissolution, bulk ending) as the
 * sentence of its event ("Chuyển từ Công an huyện Văn Lãng sang Công an tỉnh Lạng Sơn, hiệu lực 01/03/2025"), and
 * the edits made through the form as their changed fields. The columns a reorganisation rewrites (parent, since,
 * end, active, successor) are hidden by the agency's history vocabulary, so a reorganisation never shows as a plain
 * "Sửa" with those values; nor does the first saved change of a seeded agency list every field "from nothing".
 */
@Component
class AgencyHistoryEntries {

    private final RecordHistory history;
    private final AgencyHistoryReader timelines;
    private final TimelineSentences sentences;

    AgencyHistoryEntries(RecordHistory history, AgencyHistoryReader timelines, TimelineSentences sentences) {
        this.history = history;
        this.timelines = timelines;
        this.sentences = sentences;
    }

    /** Newest first. */
    List<HistoryEntry> of(long agencyId, Locale locale) {
        List<HistoryEntry> saved = history.of(Agency.class, agencyId, locale);
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            HistoryEntry entry = saved.get(i);
            boolean predatesHistory = i == saved.size() - 1 && entry.kind() == HistoryEntry.Kind.CHANGED;
            List<HistoryEntry.FieldChange> changes = entry.changes().stream()
                    .filter(change -> !(predatesHistory && change.change() == HistoryEntry.Change.SET && change.before() == null))
                    .toList();
            if (!changes.isEmpty() || !"edited".equals(entry.action())) {
                entries.add(new HistoryEntry(entry.revision(), entry.at(), entry.author(), entry.authorName(), entry.authorAgency(),
                        entry.kind(), entry.action(), entry.actionLabel(), changes));
            }
        }
        AgencyTimeline timeline = timelines.timeline(agencyId, locale.getLanguage());
        for (TimelineSentences.Line line : sentences.of(timeline, locale)) {
            AgencyTimeline.Event event = line.event();
            entries.add(new HistoryEntry(0, event.at(), event.author(), event.author(), null, HistoryEntry.Kind.CHANGED,
                    "reorganised", line.sentence(), List.of()));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }
}
