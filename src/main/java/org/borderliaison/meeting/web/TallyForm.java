package org.borderliaison.meeting.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.TallyEntry;
import org.borderliaison.meeting.domain.TallyGrid;
import org.borderliaison.shared.BusinessRuleException;

/**
 * The monthly tally grid as the page binds it: the heading (agency, month as MM/yyyy, kind) and one row per partner. A
 * row read from the grid shows its partner as text and carries the tally's id and version; a row added by "add a
 * partner" ({@code added}) shows a picker instead.
 */
public class TallyForm {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("M/yyyy", Locale.ROOT);

    private Long agencyId;
    private String month;
    private MeetingKind kind;
    private List<TallyRow> rows = new ArrayList<>();

    /** The grid as read: every row fixed to its partner. */
    static TallyForm of(TallyGrid grid) {
        TallyForm form = new TallyForm();
        form.agencyId = grid.agency().id();
        form.month = grid.month().format(MONTH);
        form.kind = grid.kind();
        grid.rows().forEach(row -> {
            TallyRow formRow = new TallyRow();
            formRow.partnerAgencyId = row.partner().id();
            formRow.meetingId = row.meetingId();
            formRow.version = row.version();
            formRow.count = row.count();
            formRow.added = false;
            form.rows.add(formRow);
        });
        return form;
    }

    /** The month typed (MM/yyyy, M/yyyy or yyyy-MM); null when blank; a refusal on "month" when it does not parse. */
    YearMonth yearMonth() {
        if (month == null || month.isBlank()) {
            return null;
        }
        String text = month.strip();
        for (DateTimeFormatter format : List.of(MONTH, SHORT_MONTH, DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT))) {
            try {
                return YearMonth.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        throw new BusinessRuleException("month", "tally.error.month");
    }

    TallyEntry entry() {
        return new TallyEntry(agencyId, yearMonth(), kind, rows.stream()
                .map(row -> row == null ? null : new TallyEntry.Row(row.partnerAgencyId, row.meetingId, row.version, row.count))
                .toList());
    }

    /** The query string of the grid's page, for the redirect after a save. */
    String query() {
        YearMonth parsed = yearMonth();
        return "agencyId=" + agencyId + "&month=" + (parsed == null ? "" : parsed.format(MONTH)) + "&kind=" + kind;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public List<TallyRow> getRows() {
        return rows;
    }

    public void setRows(List<TallyRow> rows) {
        this.rows = rows;
    }

    /** One partner's row. */
    public static class TallyRow {

        private Long partnerAgencyId;
        private Long meetingId;
        private Long version;
        private Integer count;
        private boolean added = true;

        public Long getPartnerAgencyId() {
            return partnerAgencyId;
        }

        public void setPartnerAgencyId(Long partnerAgencyId) {
            this.partnerAgencyId = partnerAgencyId;
        }

        public Long getMeetingId() {
            return meetingId;
        }

        public void setMeetingId(Long meetingId) {
            this.meetingId = meetingId;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public boolean isAdded() {
            return added;
        }

        public void setAdded(boolean added) {
            this.added = added;
        }
    }
}
