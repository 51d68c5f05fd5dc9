/**
 * Meetings (hội đàm, hội nghị, đoàn công tác, liên lạc): who met whom, when and where, about what, with
 * which outcome and follow-up actions; letters and hotline contacts logged as tallies.
 * {@link org.borderliaison.meeting.Meetings} is what other modules (the yearly summary) use.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit", "attachment", "agreement"})
package org.borderliaison.meeting;

import org.springframework.modulith.ApplicationModule;
