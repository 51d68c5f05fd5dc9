package org.borderliaison.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;

/**
 * How much went on in one month or with one partner: the measures the breakdowns and charts show. Meetings are
 * events (tallies of letters and hotline contacts included), persons are those handed over and received.
 */
public record Activity(long meetings, long patrols, long cases, long persons) {

    public static final Activity NONE = new Activity(0, 0, 0, 0);

    public Activity plus(Activity other) {
        return new Activity(meetings + other.meetings, patrols + other.patrols, cases + other.cases, persons + other.persons);
    }

    /** Whether nothing at all happened. */
    public boolean empty() {
        return meetings == 0 && patrols == 0 && cases == 0 && persons == 0;
    }

    /** The value of one measure, by name, for the charts and exports that draw each in turn. */
    public long get(Measure measure) {
        return switch (measure) {
            case MEETINGS -> meetings;
            case PATROLS -> patrols;
            case CASES -> cases;
            case PERSONS -> persons;
        };
    }

    /** The measures, in the order they are shown. */
    public enum Measure {
        MEETINGS, PATROLS, CASES, PERSONS
    }

    /** One month of the period. */
    @Schema(name = "ActivityInMonth")
    public record InMonth(YearMonth month, Activity activity) {
    }

    /** One partner agency (records with its sub-units included, see {@link SummaryService}). */
    @Schema(name = "ActivityWithPartner")
    public record WithPartner(Summary.AgencyRef partner, Activity activity) {
    }
}
