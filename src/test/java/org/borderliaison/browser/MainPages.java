package org.borderliaison.browser;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages and forms of the application, as the accessibility and phone-width journeys visit them: every list,
 * a record of each kind with its edit form, the agency directory and its administration forms, the account pages.
 * Records are the demo data's (loaded in the tests), looked up by query so that no page of the list is guessed.
 * Only pages that are read (GET) are listed: visiting them changes nothing.
 */
final class MainPages {

    /** A page: a short name for reports and screenshot files, and its path. */
    record Page(String name, String path) {
    }

    private MainPages() {
    }

    /** What an administrator sees: every page, with the administration pages. */
    static List<Page> forAdministrator(JdbcTemplate jdbc, long accountId) {
        long meeting = first(jdbc, "select min(id) from meeting");
        long agreement = first(jdbc, "select min(id) from cooperation_agreement where status = 'IN_FORCE'");
        long patrol = first(jdbc, "select min(id) from patrol");
        long caseFile = first(jdbc, "select min(id) from case_file");
        long handover = first(jdbc, "select min(id) from handover");
        // A provincial police department with units under it (Lào Cai), for the reorganisation forms.
        long agency = first(jdbc, "select id from agency where code = 'VN-LC-CA'");
        List<Page> pages = new ArrayList<>(List.of(
                new Page("home", "/"),
                new Page("meetings", "/meetings"),
                new Page("meeting", "/meetings/" + meeting),
                new Page("meeting-edit", "/meetings/" + meeting + "/edit"),
                new Page("meeting-new", "/meetings/new"),
                new Page("follow-ups", "/meetings/follow-ups"),
                new Page("agreements", "/agreements"),
                new Page("agreement", "/agreements/" + agreement),
                new Page("agreement-edit", "/agreements/" + agreement + "/edit"),
                new Page("agreement-new", "/agreements/new"),
                new Page("agreement-terminate", "/agreements/" + agreement + "/terminate"),
                new Page("agreements-expiring", "/agreements/expiring"),
                new Page("patrols", "/patrols"),
                new Page("patrol", "/patrols/" + patrol),
                new Page("patrol-edit", "/patrols/" + patrol + "/edit"),
                new Page("patrol-new", "/patrols/new"),
                new Page("cases", "/cases"),
                new Page("case", "/cases/" + caseFile),
                new Page("case-edit", "/cases/" + caseFile + "/edit"),
                new Page("case-new", "/cases/new"),
                new Page("handovers", "/handovers"),
                new Page("handover", "/handovers/" + handover),
                new Page("handover-edit", "/handovers/" + handover + "/edit"),
                new Page("handover-new", "/handovers/new"),
                new Page("handover-persons-upload", "/handovers/" + handover + "/persons/upload"),
                new Page("summary", "/reports/summary"),
                new Page("agencies", "/agencies"),
                new Page("agency", "/agencies/" + agency),
                new Page("agency-edit", "/agencies/" + agency + "/edit"),
                new Page("agency-new", "/agencies/new"),
                new Page("agency-rename", "/agencies/" + agency + "/rename"),
                new Page("agency-end-units", "/agencies/" + agency + "/end-units"),
                new Page("agency-move", "/agencies/" + agency + "/move"),
                new Page("agency-dissolve", "/agencies/" + agency + "/dissolve"),
                new Page("border-gates", "/border-gates"),
                new Page("partnerships", "/partnerships"),
                new Page("accounts", "/admin/accounts"),
                new Page("account-new", "/admin/accounts/new"),
                new Page("account-edit", "/admin/accounts/" + accountId + "/edit"),
                new Page("tokens", "/account/tokens"),
                new Page("token-admin", "/admin/tokens"),
                new Page("throttles", "/admin/throttles"),
                new Page("access-log", "/admin/access-log"),
                new Page("password", "/account/password")));
        return pages;
    }

    /** Where an officer's pages differ from an administrator's: home, lists and forms within the agency's scope. */
    static List<Page> forOfficer(JdbcTemplate jdbc) {
        return List.of(
                new Page("officer-home", "/"),
                new Page("officer-meetings", "/meetings"),
                new Page("officer-meeting-new", "/meetings/new"),
                new Page("officer-agreements", "/agreements"),
                new Page("officer-patrol-new", "/patrols/new"),
                new Page("officer-case-new", "/cases/new"),
                new Page("officer-handover-new", "/handovers/new"),
                new Page("officer-agencies", "/agencies"),
                new Page("officer-tally-grid", "/meetings/tallies"),
                new Page("officer-summary", "/reports/summary"),
                new Page("officer-tokens", "/account/tokens"));
    }

    /** The handover record to print (the official document: no page frame, no {@code <main>}). */
    static Page handoverRecord(JdbcTemplate jdbc) {
        return new Page("handover-record", "/handovers/" + first(jdbc, "select min(id) from handover") + "/record");
    }

    /** The page of a record that does not exist (the 404 page), for a signed-in user. */
    static final Page NOT_FOUND = new Page("not-found", "/meetings/999999999");

    /** Signed out: the sign-in form. */
    static final Page SIGN_IN = new Page("sign-in", "/login");

    private static long first(JdbcTemplate jdbc, String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        if (id == null) {
            throw new IllegalStateException("no record for the page list: " + sql + " (is the demo data loaded?)");
        }
        return id;
    }
}
